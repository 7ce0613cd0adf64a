namespace ScrutinyReports.Pipeline.Portal;

/// <summary>
/// One change between versions as a sentence: "Re-referrals within 12 months: figure changed from 24.6% to 35.5%."
/// Figures and periods arrive written for reading (<see cref="VersionSummaryReader"/>); status and RAG codes are
/// worded here.
/// </summary>
internal static class ChangeWording
{
    public static string Describe(VersionChangeText change) => change.Field switch
    {
        "indicator" when change.New == "added" => $"{change.Indicator}: added to the report.",
        "indicator" => $"{change.Indicator}: removed from the report.",
        "value" => $"{change.Indicator}: figure changed from {Value(change.Old)} to {Value(change.New)}.",
        "status" => $"{change.Indicator}: status changed from {Code(change.Old)} to {Code(change.New)}.",
        "rag" => $"{change.Indicator}: RAG rating changed from {Rag(change.Old)} to {Rag(change.New)}.",
        "period" => $"{change.Indicator}: period changed from {Value(change.Old)} to {Value(change.New)}.",
        "comparators" => $"{change.Indicator}: comparator figures changed.",
        _ => $"{change.Indicator}: {Code(change.Field)} changed from {Value(change.Old)} to {Value(change.New)}.",
    };

    private static string Value(string? value) => value ?? "no figure";

    private static string Code(string? code) => code is null ? "none" : code.Replace('_', ' ');

    private static string Rag(string? rag) => rag is null or "none" ? "not rated" : rag;
}

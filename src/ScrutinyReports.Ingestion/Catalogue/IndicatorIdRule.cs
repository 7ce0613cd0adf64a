namespace ScrutinyReports.Ingestion.Catalogue;

/// <summary>
/// What an indicator id may be: ASCII letters, digits, underscores and hyphens, at most <see cref="MaxLength"/>
/// characters. Ids become anchors, file names and keys in reports, so nothing in one needs escaping anywhere.
/// </summary>
public static class IndicatorIdRule
{
    public const int MaxLength = 40;

    public const string Expected = "an indicator id of letters, digits, underscores (_) and hyphens (-), at most 40 characters, such as CIN_SEEN_5D";

    public static bool IsValid(string id) =>
        id.Length is > 0 and <= MaxLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}

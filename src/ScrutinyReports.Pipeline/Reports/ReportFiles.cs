namespace ScrutinyReports.Pipeline.Reports;

/// <summary>The names of a report version's files inside its folder.</summary>
public static class ReportFiles
{
    public const string Json = "report.json";
    public const string Html = "report.html";
    public const string Pdf = "report.pdf";

    public static IReadOnlyList<string> All { get; } = [Json, Html, Pdf];
}

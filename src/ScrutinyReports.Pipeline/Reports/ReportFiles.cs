namespace ScrutinyReports.Pipeline.Reports;

/// <summary>The names of a report version's files inside its folder.</summary>
public static class ReportFiles
{
    public const string Json = "report.json";
    public const string Html = "report.html";
    public const string Pdf = "report.pdf";
    public const string Xlsx = "report.xlsx";

    public static IReadOnlyList<string> All { get; } = [Json, Html, Pdf, Xlsx];

    /// <summary>
    /// Whether a recorded version may lack the file: versions published before report.xlsx was added have none, and
    /// get one only when a change in their inputs makes a new version.
    /// </summary>
    public static bool MayBeAbsent(string file) => file == Xlsx;
}

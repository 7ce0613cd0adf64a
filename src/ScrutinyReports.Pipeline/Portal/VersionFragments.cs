using System.Globalization;
using System.Text;
using ScrutinyReports.Pipeline.Reports;
using static ScrutinyReports.Pipeline.Portal.PortalPage;

namespace ScrutinyReports.Pipeline.Portal;

/// <summary>Pieces of HTML both pages show for a version: its RAG counts in words and the links to its files.</summary>
internal static class VersionFragments
{
    /// <summary>RAG counts as words ("Red: 3"); the colours only repeat what the words say.</summary>
    public static string Ratings(RagCounts rag) =>
        string.Create(CultureInfo.InvariantCulture, $"""
        <ul class="rag">
          <li class="rag-red">Red: {rag.Red}</li>
          <li class="rag-amber">Amber: {rag.Amber}</li>
          <li class="rag-green">Green: {rag.Green}</li>
          <li class="rag-none">Not rated: {rag.NotRated}</li>
        </ul>

        """);

    /// <summary>
    /// Links to the version's copied files. Each link's name says which month, version and format it is, so that it
    /// makes sense read alone (<paramref name="context"/> is the visually hidden start: "September 2019, version 2, ").
    /// </summary>
    public static string Files(PortalVersion version, string toRoot, string context)
    {
        var hidden = $"<span class=\"vh\">{Encode(context)}</span>";
        var html = new StringBuilder("<ul class=\"plain files\">\n");
        foreach (var (file, visible) in new[]
        {
            (ReportFiles.Html, "Report (HTML)"),
            (ReportFiles.Pdf, $"Report (PDF, {FileSizeText.Format(version.PdfBytes)})"),
            (ReportFiles.Xlsx, $"Figures (Excel spreadsheet, {FileSizeText.Format(version.XlsxBytes ?? 0)})"),
            (ReportFiles.Json, "Data (JSON)"),
        }.Where(link => version.Files.Contains(link.Item1, StringComparer.Ordinal)))
        {
            html.Append("  <li><a href=\"").Append(Href(toRoot, CopyPath(version, file))).Append("\">")
                .Append(hidden).Append(Encode(visible)).Append("</a></li>\n");
        }

        return html.Append("</ul>\n").ToString();
    }

    /// <summary>Where a version's file is copied in the portal: reports/{panel}/{period}/v{n}/{file}.</summary>
    public static string[] CopyPath(PortalVersion version, string file) =>
        ["reports", version.Version.PanelId, version.Version.Period, $"v{version.Version.Version}", file];

    public static string VersionName(PortalVersion version) =>
        string.Create(CultureInfo.InvariantCulture, $"version {version.Version.Version}");
}

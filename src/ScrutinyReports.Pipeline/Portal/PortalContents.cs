using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Portal;

/// <summary>A panel with the periods it has included versions for, newest period first.</summary>
internal sealed record PortalPanel(string Id, string Name, IReadOnlyList<PortalPeriod> Periods);

/// <summary>A panel's period with its included versions, newest first (so <see cref="Latest"/> is the first).</summary>
internal sealed record PortalPeriod(string PanelId, string PanelName, string Period, string Label, IReadOnlyList<PortalVersion> Versions)
{
    public PortalVersion Latest => Versions[0];

    public string PagePath => PortalLinks.PeriodPage(PanelId, Period);
}

/// <summary>
/// A version the portal includes, with its summary and the sizes of its PDF and its spreadsheet (null for a version
/// published before report.xlsx existed).
/// </summary>
internal sealed record PortalVersion(ReportVersion Version, VersionSummary Summary, long PdfBytes, long? XlsxBytes = null)
{
    /// <summary>The version's files the portal copies and links: all of them, less a spreadsheet it does not have.</summary>
    public IEnumerable<string> Files => ReportFiles.All.Where(file => file != ReportFiles.Xlsx || XlsxBytes is not null);
}

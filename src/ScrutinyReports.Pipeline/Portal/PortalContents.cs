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

/// <summary>A version the portal includes, with its summary and the size of its PDF.</summary>
internal sealed record PortalVersion(ReportVersion Version, VersionSummary Summary, long PdfBytes);

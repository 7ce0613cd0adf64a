using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Pipeline.Hosting;

/// <summary>
/// What a pass of <see cref="MonthlyPublication"/> has to do, decided before any report is made: the scheduled
/// occurrence it honours, the month it reports on and the panels to publish for it. <see cref="PanelIds"/> holds a
/// null for a store with no panels (the default panel). A host publishes the panels itself (<c>serve</c>) or hands
/// each to a queue (the Functions app) and records the run with <see cref="MonthlyPublication.RecordAsync"/>.
/// </summary>
public sealed record PublicationPlan(
    MonthlyRunKind Kind,
    DateTimeOffset AsOf,
    DateTimeOffset? Occurrence,
    ReportingPeriod? Month,
    int Missed,
    IReadOnlyList<string?> PanelIds)
{
    /// <summary>True when a month is to be published (on schedule or as a refresh); false when nothing is due or nothing can be.</summary>
    public bool HasWork => Kind is MonthlyRunKind.Scheduled or MonthlyRunKind.Refresh && PanelIds.Count > 0;
}

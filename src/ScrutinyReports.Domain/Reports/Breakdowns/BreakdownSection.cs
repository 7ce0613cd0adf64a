using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Reports.Breakdowns;

/// <summary>
/// One indicator broken down by one dimension for the indicator's latest period: a row per category (declared order
/// for a declared dimension, else by name), the funnel comparison when the indicator is a percentage or rate with
/// counts (<see cref="Funnel"/>, null otherwise) and the sentence about units outside the 99.8% limits. A breakdown by
/// age band or sex with a child population imported also carries <see cref="Disproportionality"/>.
/// </summary>
public sealed record BreakdownSection(
    string Dimension,
    ReportingPeriod Period,
    ReportingPeriod PreviousPeriod,
    IReadOnlyList<BreakdownRow> Categories,
    FunnelAnalysis? Funnel,
    string Narrative)
{
    public BreakdownDisproportionality? Disproportionality { get; init; }
}

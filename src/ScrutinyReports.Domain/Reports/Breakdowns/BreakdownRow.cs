using ScrutinyReports.Domain.Disclosure;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Reports.Breakdowns;

/// <summary>
/// One category of a breakdown: its figure rounded as shown, the counts it rests on, and its change on the previous
/// period (both rounded as shown). <see cref="Status"/> is null when no figure was received. A suppressed row
/// (<see cref="Protection"/> Primary or Secondary) has status Suppressed and no value, counts or change.
/// <see cref="Limits"/> and <see cref="Flag"/> are set only for a unit placed on the funnel plot.
/// </summary>
public sealed record BreakdownRow(
    string Category,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    ObservationStatus? Status,
    decimal? Change)
{
    public CellProtection Protection { get; init; } = CellProtection.Shown;

    public FunnelLimits? Limits { get; init; }

    public FunnelPosition? Flag { get; init; }
}

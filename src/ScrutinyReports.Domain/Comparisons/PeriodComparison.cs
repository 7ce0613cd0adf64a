using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Comparisons;

/// <summary>
/// The current figure against one earlier period. <see cref="Change"/> is current minus earlier, both rounded as
/// shown; <see cref="RelativeChange"/> is that change as a percentage of the earlier figure, for non-percentage
/// indicators whose earlier figure is not zero. <see cref="Earlier"/> is null when nothing was received for that period.
/// </summary>
public sealed record PeriodComparison(
    ReportingPeriod Period,
    Observation? Earlier,
    decimal? Change,
    ChangeUnit ChangeUnit,
    decimal? RelativeChange,
    Direction Direction)
{
    /// <summary>The earlier figure rounded as shown, when there is one.</summary>
    public decimal? EarlierValue { get; init; }

    public bool IsComparable => Direction != Direction.NotComparable;
}

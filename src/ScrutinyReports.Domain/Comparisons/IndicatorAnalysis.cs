using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Comparisons;

/// <summary>
/// Everything a report says about one indicator for one report month. <see cref="Period"/> is the indicator's
/// own period (a quarter or year for less frequent indicators); <see cref="Current"/> is null when no figure
/// was received for it.
/// </summary>
public sealed record IndicatorAnalysis(
    Indicator Indicator,
    ReportingPeriod Period,
    Observation? Current,
    PeriodComparison Previous,
    PeriodComparison YearAgo,
    TargetAssessment? Target,
    IReadOnlyList<SeriesPoint> History)
{
    /// <summary>The current figure rounded as shown, when there is one.</summary>
    public decimal? Value => Current?.Value is { } value ? Indicator.Round(value) : null;

    public Rag Rag => Target?.Rag ?? Rag.None;

    public bool IsMissing => Current is null;

    public bool IsProvisional => Current?.Status == ObservationStatus.Provisional;

    /// <summary>The last three completed financial years before <see cref="Period"/>, oldest first (see <see cref="OutturnSelector"/>).</summary>
    public IReadOnlyList<Outturn> Outturns { get; init; } = [];

    /// <summary>
    /// Every period whose figure the report shows for this indicator, oldest first: the past years' outturns, the trend
    /// history, the previous period, the same period a year earlier and the current one. A revision to any of them is
    /// news to the reader.
    /// </summary>
    public IReadOnlyList<ReportingPeriod> ShownPeriods =>
        [.. Outturns.Select(outturn => outturn.Period).Concat(History.Select(point => point.Period)).Append(Previous.Period).Append(YearAgo.Period).Append(Period).Distinct().Order()];
}

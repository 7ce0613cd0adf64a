using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Comparisons;

/// <summary>
/// Compares an indicator's figure for a report month with the previous period, the same period a year earlier
/// and its target. Figures are rounded to the indicator's decimals before they are compared, so the change a
/// reader sees always equals the difference of the two figures shown. Pure and thread-safe.
/// </summary>
public static class IndicatorAnalyser
{
    /// <summary>
    /// How many periods of history, the current one included, an analysis looks back over for trend charts. The
    /// history starts at the first of them with a figure, so a chart never opens on years with none.
    /// </summary>
    public const int HistoryLength = 13;

    public static IndicatorAnalysis Analyse(Indicator indicator, ReportingPeriod reportMonth, IReadOnlyDictionary<ReportingPeriod, Observation> series)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(series);
        var period = ReportingPeriod.LatestEndedBy(reportMonth, indicator.Frequency);
        var current = series.GetValueOrDefault(period);
        var currentValue = current?.Value is { } value ? indicator.Round(value) : (decimal?)null;

        var target = indicator.Target is { } goal && currentValue is { } shown
            ? TargetAssessment.Of(goal, shown, indicator.Tolerance)
            : null;

        var history = Enumerable.Range(0, HistoryLength)
            .Select(back => period.Plus(back - HistoryLength + 1))
            .Select(p => new SeriesPoint(p, series.GetValueOrDefault(p)))
            .SkipWhile(point => point.Observation is null)
            .ToList();
        if (history.Count == 0)
        {
            history.Add(new SeriesPoint(period, null));
        }

        return new IndicatorAnalysis(
            indicator,
            period,
            current,
            Compare(indicator, currentValue, period.Previous, series),
            Compare(indicator, currentValue, period.YearEarlier, series),
            target,
            history)
        {
            Outturns = OutturnSelector.Select(period, series),
        };
    }

    public static PeriodComparison Compare(Indicator indicator, decimal? currentValue, ReportingPeriod earlierPeriod, IReadOnlyDictionary<ReportingPeriod, Observation> series)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(series);
        var earlier = series.GetValueOrDefault(earlierPeriod);
        var changeUnit = indicator.Unit == Unit.Percent ? ChangeUnit.PercentagePoints : ChangeUnit.IndicatorUnit;
        var earlierValue = earlier?.Value is { } raw ? indicator.Round(raw) : (decimal?)null;
        if (currentValue is not { } now || earlierValue is not { } then)
        {
            return new PeriodComparison(earlierPeriod, earlier, null, changeUnit, null, Direction.NotComparable) { EarlierValue = earlierValue };
        }

        var change = now - then;
        var relative = changeUnit == ChangeUnit.IndicatorUnit && then != 0
            ? Math.Round(change / Math.Abs(then) * 100m, 1, MidpointRounding.AwayFromZero)
            : (decimal?)null;
        return new PeriodComparison(earlierPeriod, earlier, change, changeUnit, relative, DirectionOf(change, indicator.Polarity))
        {
            EarlierValue = then,
        };
    }

    public static Direction DirectionOf(decimal change, Polarity polarity) => (change, polarity) switch
    {
        (0, _) => Direction.Unchanged,
        ( > 0, Polarity.HigherIsBetter) or ( < 0, Polarity.LowerIsBetter) => Direction.Improved,
        (_, Polarity.HigherIsBetter or Polarity.LowerIsBetter) => Direction.Worsened,
        ( > 0, _) => Direction.Increased,
        _ => Direction.Decreased,
    };
}

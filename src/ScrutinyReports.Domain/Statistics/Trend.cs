using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// The direction of a series over its last <see cref="Periods"/> periods, <see cref="From"/> to <see cref="To"/>
/// inclusive. <see cref="Slope"/> is the least-squares change per period and <see cref="FittedChange"/> the change
/// the fitted line makes across the whole window (slope × (periods − 1)); both are 0 when there was not enough data.
/// </summary>
public sealed record Trend(
    TrendDirection Direction,
    ReportingPeriod From,
    ReportingPeriod To,
    int Periods,
    int ValuesUsed,
    double Slope,
    double FittedChange)
{
    /// <summary>
    /// The smallest fitted change across the window, as a share of the level (the mean of the absolute values), that
    /// counts as a trend: 5%. A percentage moving from 70 to 73 over a year (4% of its level) is "no clear trend".
    /// </summary>
    public const double DefaultMinimumRelativeChange = 0.05;

    /// <summary>
    /// The period of the earliest figure the line was fitted to; equal to <see cref="From"/> only when the window's
    /// first period had a figure. A statement about the trend names this period, not the start of the window.
    /// </summary>
    public ReportingPeriod FirstFigure { get; init; } = From;

    /// <summary>The fewest figures a trend over <paramref name="periods"/> periods needs: 3, and at least half the periods.</summary>
    public static int MinimumFigures(int periods) => Math.Max(3, (periods + 1) / 2);

    /// <summary>
    /// Fits a least-squares line to the figures in the last <paramref name="periods"/> periods ending at the series'
    /// latest period (x = periods since the window's first, so gaps are spaced correctly) and reads its direction:
    /// rising or falling when the fitted change across the window is at least
    /// <paramref name="minimumRelativeChange"/> of the level, otherwise no clear trend. It needs at least 3 figures
    /// and at least half the periods of the window to have one; otherwise it says not enough data.
    /// </summary>
    public static Trend Over(IEnumerable<PeriodValue> series, int periods, double minimumRelativeChange = DefaultMinimumRelativeChange)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(periods, 3);
        if (!(minimumRelativeChange >= 0 && double.IsFinite(minimumRelativeChange)))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumRelativeChange), "Expected a share of zero or more, such as 0.05.");
        }

        var ordered = SeriesOrder.Checked(series);
        if (ordered.Count == 0)
        {
            throw new ArgumentException("A trend needs a series with at least one figure.", nameof(series));
        }

        var to = ordered[^1].Period;
        var from = to.Plus(-(periods - 1));
        var window = ordered.Where(p => p.Period >= from).ToList();
        if (window.Count < MinimumFigures(periods))
        {
            return new Trend(TrendDirection.NotEnoughData, from, to, periods, window.Count, 0, 0) { FirstFigure = window[0].Period };
        }

        var meanX = window.Average(p => (double)from.PeriodsUntil(p.Period));
        var meanY = window.Average(p => p.Value);
        var sxy = window.Sum(p => (from.PeriodsUntil(p.Period) - meanX) * (p.Value - meanY));
        var sxx = window.Sum(p => Math.Pow(from.PeriodsUntil(p.Period) - meanX, 2));
        var slope = sxy / sxx;
        var fitted = slope * (periods - 1);
        var level = window.Average(p => Math.Abs(p.Value));

        var direction = level == 0 || Math.Abs(fitted) < minimumRelativeChange * level
            ? TrendDirection.NoClearTrend
            : fitted > 0 ? TrendDirection.Rising : TrendDirection.Falling;
        return new Trend(direction, from, to, periods, window.Count, slope, fitted) { FirstFigure = window[0].Period };
    }
}

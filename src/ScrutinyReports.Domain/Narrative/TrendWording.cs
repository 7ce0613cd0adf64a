using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Narrative;

/// <summary>
/// Names the figures a trend rests on: the periods of the first and last figure fitted and how many there were, never
/// "the last 12 periods" when some of them had no figure. A trend needs <see cref="Trend.MinimumFigures"/> figures
/// (3, and at least half the window); with fewer nothing is said about it.
/// </summary>
public static class TrendWording
{
    /// <summary>
    /// "the 12 monthly figures from October 2018 to September 2019", or with gaps "the 9 quarterly figures received
    /// from Q2 2017/18 to Q2 2019/20 (3 of those 12 quarters had none)". Three-year averages are named by their
    /// windows: "the 6 three-year average figures from 2008-11 to 2016-19".
    /// </summary>
    public static string Figures(Trend trend, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(indicator);
        var spanned = trend.FirstFigure.PeriodsUntil(trend.To) + 1;
        var missing = spanned - trend.ValuesUsed;
        var from = Endpoint(trend.FirstFigure, indicator);
        var to = Endpoint(trend.To, indicator);
        var noun = $"{trend.ValuesUsed} {Kind(indicator)} figure{(trend.ValuesUsed == 1 ? string.Empty : "s")}";
        return missing == 0
            ? $"the {noun} from {from} to {to}"
            : $"the {noun} received from {from} to {to} ({missing} of those {spanned} {PeriodNoun(indicator.Frequency)}s had none)";
    }

    /// <summary>"Over the 12 monthly figures from October 2018 to September 2019 the trend has been upward."; null when there is no clear trend.</summary>
    public static string? Sentence(Trend? trend, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (trend is not { Direction: TrendDirection.Rising or TrendDirection.Falling })
        {
            return null;
        }

        return $"Over {Figures(trend, indicator)} the trend has been {(trend.Direction == TrendDirection.Rising ? "upward" : "downward")}.";
    }

    private static string Endpoint(ReportingPeriod period, Indicator indicator) =>
        indicator.Window == MeasureWindow.ThreeYearAverage ? indicator.PeriodLabel(period) : period.Frequency == Frequency.Quarterly ? period.ShortLabel : period.Label;

    private static string Kind(Indicator indicator) => indicator.Window switch
    {
        MeasureWindow.Rolling12Months => "rolling 12-month",
        MeasureWindow.ThreeYearAverage => "three-year average",
        _ => indicator.Frequency switch
        {
            Frequency.Monthly => "monthly",
            Frequency.Quarterly => "quarterly",
            _ => "annual",
        },
    };

    private static string PeriodNoun(Frequency frequency) => frequency switch
    {
        Frequency.Monthly => "month",
        Frequency.Quarterly => "quarter",
        _ => "year",
    };
}

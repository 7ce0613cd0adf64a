using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Comparators;

/// <summary>
/// Where the council's latest figure sits among all authorities' published figures for the comparators' year: the
/// quarter it falls in and, for an indicator with a polarity, LAIT's band (A the best quarter, D the worst).
/// Neutral (context) indicators get no band: only whether the figure is high or low among authorities.
/// </summary>
/// <remarks>
/// The council's figure is usually for a different, shorter and later period (September 2019) than the published
/// year (2018/19), and may lie outside the published range; <see cref="SamePeriod"/> and <see cref="Outside"/>
/// let the words say so. A figure on a quartile boundary goes to the better band, as in <see cref="QuartileBanding"/>;
/// for a neutral indicator to the higher quarter.
/// </remarks>
/// <param name="Value">The council's figure, rounded as the report shows it.</param>
/// <param name="Band">LAIT's band by polarity; null for a neutral indicator, which is never judged.</param>
/// <param name="QuarterFromTop">1 when the figure is in the highest quarter of authorities' figures, 4 in the lowest.</param>
/// <param name="Outside">1 when the figure is above every authority's published figure, -1 below every one, 0 within their range.</param>
public sealed record DistributionPosition(
    PublishedDistribution Distribution,
    ReportingPeriod FigurePeriod,
    decimal Value,
    Polarity Polarity,
    QuartileBand? Band,
    int QuarterFromTop,
    int Outside)
{
    /// <summary>Whether the council's figure and the authorities' figures are for the same period.</summary>
    public bool SamePeriod => FigurePeriod == Distribution.Period;

    /// <summary>
    /// The position of the analysed indicator's latest figure (rounded as shown) against the distribution of the
    /// published comparators' period (<paramref name="comparators"/>, as <see cref="ComparatorSet.For"/> chose them).
    /// Null when there is no figure, no published comparator year or no distribution stored for that year.
    /// </summary>
    public static DistributionPosition? For(IndicatorAnalysis analysis, IReadOnlyList<Comparator> comparators, IReadOnlyList<PublishedDistribution> distributions)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(comparators);
        ArgumentNullException.ThrowIfNull(distributions);
        if (analysis.Value is not { } value || comparators.FirstOrDefault(c => c.Kind != ComparatorKind.Manual) is not { } published)
        {
            return null;
        }

        var indicator = analysis.Indicator;
        var distribution = distributions.FirstOrDefault(d => string.Equals(d.IndicatorId, indicator.Id, StringComparison.OrdinalIgnoreCase) && d.Period == published.Period);
        return distribution is null ? null : Of(distribution, analysis.Period, value, indicator.Polarity);
    }

    public static DistributionPosition Of(PublishedDistribution distribution, ReportingPeriod figurePeriod, decimal value, Polarity polarity)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var band = QuartileBanding.Band((double)value, (double)distribution.LowerQuartile, (double)distribution.Median, (double)distribution.UpperQuartile, polarity);
        // For lower-is-better, band A is the lowest quarter; otherwise (neutral too) the highest.
        var quarterFromTop = polarity == Polarity.LowerIsBetter ? 4 - (int)band : (int)band + 1;
        var outside = value > distribution.Maximum ? 1 : value < distribution.Minimum ? -1 : 0;
        return new DistributionPosition(distribution, figurePeriod, value, polarity, polarity == Polarity.Neutral ? null : band, quarterFromTop, outside);
    }
}

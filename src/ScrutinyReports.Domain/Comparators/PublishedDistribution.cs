using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Comparators;

/// <summary>
/// All local authorities' published figures for an indicator and period, summarised as a LAIT-style position chart
/// needs them: how many authorities had a figure, the lowest, the quartiles (Excel's QUARTILE.INC, as
/// <see cref="QuartileBanding"/> bands) and the highest. Suppressed and unavailable figures are left out, never
/// counted as zero. Values are in the indicator's unit, as the comparators are.
/// </summary>
public sealed record PublishedDistribution
{
    public PublishedDistribution(string indicatorId, ReportingPeriod period, int count, decimal minimum, decimal lowerQuartile, decimal median, decimal upperQuartile, decimal maximum)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicatorId);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, QuartileBanding.MinimumCount);
        if (!(minimum <= lowerQuartile && lowerQuartile <= median && median <= upperQuartile && upperQuartile <= maximum))
        {
            throw new ArgumentException($"A distribution runs lowest ≤ lower quartile ≤ median ≤ upper quartile ≤ highest; got {minimum}, {lowerQuartile}, {median}, {upperQuartile}, {maximum}.");
        }

        IndicatorId = indicatorId;
        Period = period;
        Count = count;
        Minimum = minimum;
        LowerQuartile = lowerQuartile;
        Median = median;
        UpperQuartile = upperQuartile;
        Maximum = maximum;
    }

    public string IndicatorId { get; }

    public ReportingPeriod Period { get; }

    /// <summary>How many authorities had a published figure (a figure two authorities publish together counts once).</summary>
    public int Count { get; }

    public decimal Minimum { get; }

    public decimal LowerQuartile { get; }

    public decimal Median { get; }

    public decimal UpperQuartile { get; }

    public decimal Maximum { get; }

    /// <summary>Lowest, lower quartile, median, upper quartile, highest.</summary>
    public IReadOnlyList<decimal> FiveNumbers => [Minimum, LowerQuartile, Median, UpperQuartile, Maximum];

    /// <summary>The summary of <paramref name="values"/>, or null when fewer than <see cref="QuartileBanding.MinimumCount"/> give no meaningful quarters.</summary>
    public static PublishedDistribution? Of(string indicatorId, ReportingPeriod period, IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Select(v => (double)v).Order().ToArray();
        if (sorted.Length < QuartileBanding.MinimumCount)
        {
            return null;
        }

        decimal Quartile(int q) => Exact(QuartileBanding.QuartileInclusive(sorted, q));
        return new PublishedDistribution(indicatorId, period, sorted.Length, Quartile(0), Quartile(1), Quartile(2), Quartile(3), Quartile(4));
    }

    // Interpolated quartiles arrive as doubles (20.05 as 20.049999999999997); published figures have a few decimals,
    // so ten places keeps the value and drops the binary noise.
    private static decimal Exact(double value) => Math.Round((decimal)value, 10, MidpointRounding.AwayFromZero);
}

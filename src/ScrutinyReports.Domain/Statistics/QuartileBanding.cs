using ScrutinyReports.Domain.Indicators;

namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// LAIT-style quartile bands and ranks among all local authorities for one year. Thread-safe.
/// </summary>
/// <remarks>
/// Boundaries are Excel's QUARTILE.INC (the QUARTILE function LAIT's workbook uses) over every authority with a
/// value: sort the n values ascending; quartile q sits at 1-based position h = (n − 1) q / 4 + 1, interpolating
/// linearly between the values either side. Banding, with Q1 ≤ Q2 ≤ Q3 the lower quartile, median and upper
/// quartile:
/// <list type="bullet">
/// <item>higher is better (and neutral): A when value ≥ Q3, B when Q2 ≤ value &lt; Q3, C when Q1 ≤ value &lt; Q2, D below Q1;</item>
/// <item>lower is better: A when value ≤ Q1, B when Q1 &lt; value ≤ Q2, C when Q2 &lt; value ≤ Q3, D above Q3.</item>
/// </list>
/// A value exactly on a boundary goes to the better band (for neutral, the higher one), and equal values always
/// share a band, so bands need not hold a quarter of the authorities each when values tie.
/// </remarks>
public static class QuartileBanding
{
    /// <summary>Fewer values than this give no meaningful quarters.</summary>
    public const int MinimumCount = 4;

    /// <summary>
    /// The band and rank of <paramref name="value"/>, which must be one of <paramref name="allValues"/> (the
    /// authority is one of those ranked). Authorities without a value (suppressed, not available) are left out of
    /// <paramref name="allValues"/> by the caller, never entered as zero.
    /// </summary>
    public static QuartilePosition Position(double value, IEnumerable<double> allValues, Polarity polarity)
    {
        ArgumentNullException.ThrowIfNull(allValues);
        var sorted = allValues.ToArray();
        if (sorted.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every value must be a finite number.", nameof(allValues));
        }

        if (sorted.Length < MinimumCount)
        {
            throw new ArgumentException($"Quartile bands need at least {MinimumCount} values; got {sorted.Length}.", nameof(allValues));
        }

        if (!sorted.Contains(value))
        {
            throw new ArgumentException("The value being banded must be one of the values it is banded among.", nameof(value));
        }

        Array.Sort(sorted);
        var q1 = QuartileInclusive(sorted, 1);
        var q2 = QuartileInclusive(sorted, 2);
        var q3 = QuartileInclusive(sorted, 3);

        var band = Band(value, q1, q2, q3, polarity);
        var better = polarity == Polarity.LowerIsBetter
            ? sorted.Count(v => v < value)
            : sorted.Count(v => v > value);
        return new QuartilePosition(band, better + 1, sorted.Length, q1, q2, q3, polarity);
    }

    /// <summary>
    /// The band of any value, one of the authorities' or not (a council's monthly figure against a published year),
    /// given the year's quartiles: the rules above, a boundary value going to the better band.
    /// </summary>
    public static QuartileBand Band(double value, double lowerQuartile, double median, double upperQuartile, Polarity polarity) =>
        polarity == Polarity.LowerIsBetter
            ? value <= lowerQuartile ? QuartileBand.A : value <= median ? QuartileBand.B : value <= upperQuartile ? QuartileBand.C : QuartileBand.D
            : value >= upperQuartile ? QuartileBand.A : value >= median ? QuartileBand.B : value >= lowerQuartile ? QuartileBand.C : QuartileBand.D;

    /// <summary>
    /// Excel's QUARTILE.INC: quartile 0 is the minimum, 2 the median and 4 the maximum of values sorted ascending.
    /// </summary>
    public static double QuartileInclusive(IReadOnlyList<double> sortedAscending, int quartile)
    {
        ArgumentNullException.ThrowIfNull(sortedAscending);
        ArgumentOutOfRangeException.ThrowIfZero(sortedAscending.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(quartile);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quartile, 4);

        var position = (sortedAscending.Count - 1) * quartile / 4.0;
        var below = (int)Math.Floor(position);
        var fraction = position - below;
        return below + 1 < sortedAscending.Count
            ? sortedAscending[below] + (fraction * (sortedAscending[below + 1] - sortedAscending[below]))
            : sortedAscending[below];
    }
}

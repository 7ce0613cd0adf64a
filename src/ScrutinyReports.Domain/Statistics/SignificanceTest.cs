namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// The two significance tests OHID Fingertips uses for a local figure, both at 95% and both read from confidence
/// intervals rather than from a p-value. Thread-safe.
/// </summary>
public static class SignificanceTest
{
    /// <summary>
    /// Against a comparator taken as exact (England, a region, a target): significantly higher when the comparator
    /// lies below the local figure's interval, significantly lower when it lies above it, and not significantly
    /// different when it lies inside it or on either limit.
    /// </summary>
    public static Significance AgainstComparator(ConfidenceInterval interval, double comparator)
    {
        ArgumentNullException.ThrowIfNull(interval);
        if (!double.IsFinite(comparator))
        {
            throw new ArgumentOutOfRangeException(nameof(comparator), "A comparator must be a finite number.");
        }

        return comparator < interval.Lower ? Significance.SignificantlyHigher
            : comparator > interval.Upper ? Significance.SignificantlyLower
            : Significance.NotSignificantlyDifferent;
    }

    /// <summary>
    /// A change between two periods (or any two figures that both carry uncertainty): significant only when the two
    /// 95% intervals do not overlap; the later figure is then significantly higher or lower than the earlier one.
    /// This is the conservative, Fingertips-style test: two intervals can overlap while the difference is still
    /// significant at 5% (non-overlap of two equal-width 95% intervals corresponds to p of about 0.006), so a
    /// "not significantly different" here means "not shown to differ", never "the same". Intervals that touch count
    /// as overlapping.
    /// </summary>
    public static Significance Change(ConfidenceInterval earlier, ConfidenceInterval later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        return later.Lower > earlier.Upper ? Significance.SignificantlyHigher
            : later.Upper < earlier.Lower ? Significance.SignificantlyLower
            : Significance.NotSignificantlyDifferent;
    }
}

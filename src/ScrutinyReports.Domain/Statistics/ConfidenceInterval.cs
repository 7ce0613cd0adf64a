namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// A two-sided confidence interval around a figure, in the figure's own unit (percent 0-100, or a rate per
/// 10,000 and so on). "95%" means the method is built so that, over many repetitions of the same process, 95 of
/// every 100 intervals made this way would contain the underlying true value; it is not a 95% chance that this
/// one does. Both limits are inclusive. Immutable.
/// </summary>
public sealed record ConfidenceInterval
{
    /// <summary>The level every interval in ScrutinyReports uses, as OHID Fingertips does for comparisons.</summary>
    public const double DefaultLevel = 0.95;

    public ConfidenceInterval(double lower, double upper, string method, double level = DefaultLevel)
    {
        if (!double.IsFinite(lower) || !double.IsFinite(upper) || lower > upper)
        {
            throw new ArgumentOutOfRangeException(nameof(upper), $"An interval needs finite limits with lower <= upper; got {lower} and {upper}.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        if (!(level is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), "A confidence level lies strictly between 0 and 1.");
        }

        Lower = lower;
        Upper = upper;
        Method = method;
        Level = level;
    }

    public double Lower { get; }

    public double Upper { get; }

    /// <summary>Which method made the interval: one of the <see cref="IntervalMethod"/> names.</summary>
    public string Method { get; }

    /// <summary>The confidence level, 0.95 for a 95% interval.</summary>
    public double Level { get; }

    /// <summary>True when <paramref name="value"/> lies inside the interval or on either limit.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>True when the two intervals share at least one point (touching limits count as overlapping).</summary>
    public bool Overlaps(ConfidenceInterval other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Lower <= other.Upper && other.Lower <= Upper;
    }
}

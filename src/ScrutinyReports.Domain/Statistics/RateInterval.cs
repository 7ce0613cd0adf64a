using MathNet.Numerics.Distributions;

namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// 95% confidence intervals for a rate: a count of events or people divided by a population and multiplied by
/// a base such as 10,000 ("per 10,000 children"). The count is treated as Poisson, as OHID Fingertips does: the
/// population is taken as known exactly, so only the count is uncertain. Thread-safe.
/// </summary>
public static class RateInterval
{
    /// <summary>Counts at or above this use Byar's method; smaller counts use the exact method (Fingertips' rule).</summary>
    public const long ByarMinimumCount = 10;

    /// <summary>The Fingertips choice: <see cref="Byar"/> for counts of 10 or more, <see cref="ExactPoisson"/> below.</summary>
    public static ConfidenceInterval For(long count, double population, double multiplier) =>
        count >= ByarMinimumCount ? Byar(count, population, multiplier) : ExactPoisson(count, population, multiplier);

    /// <summary>
    /// Byar's approximation to the exact Poisson limits (Breslow and Day 1987), with z = <see cref="StandardNormal.Z95"/>:
    /// lower count = O (1 − 1/(9O) − z/(3√O))³, upper count = (O+1) (1 − 1/(9(O+1)) + z/(3√(O+1)))³,
    /// each divided by the population and multiplied by <paramref name="multiplier"/>. Needs a count of at least 1;
    /// it is accurate for the counts of 10 and more that <see cref="For"/> uses it on.
    /// </summary>
    public static ConfidenceInterval Byar(long count, double population, double multiplier)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        CheckScale(population, multiplier);

        const double z = StandardNormal.Z95;
        double o = count;
        var lower = o * Math.Pow(1 - (1 / (9 * o)) - (z / (3 * Math.Sqrt(o))), 3);
        var next = o + 1;
        var upper = next * Math.Pow(1 - (1 / (9 * next)) + (z / (3 * Math.Sqrt(next))), 3);
        return new ConfidenceInterval(lower / population * multiplier, upper / population * multiplier, IntervalMethod.Byar);
    }

    /// <summary>
    /// The exact (Garwood 1936) Poisson interval: the lower limit L solves P(X ≥ O | mean L) = 0.025 and the upper
    /// limit U solves P(X ≤ O | mean U) = 0.025, each divided by the population and multiplied by
    /// <paramref name="multiplier"/>; for O = 0 the lower limit is 0. Computed as Fingertips publishes it,
    /// L = χ²(0.025; 2O)/2 and U = χ²(0.975; 2O+2)/2, with Math.NET's chi-square quantiles (relative precision
    /// about 1e-11 up to 100,000 events).
    /// </summary>
    public static ConfidenceInterval ExactPoisson(long count, double population, double multiplier)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        CheckScale(population, multiplier);

        var tail = (1 - ConfidenceInterval.DefaultLevel) / 2;
        var lower = count == 0 ? 0 : ChiSquared.InvCDF(2 * count, tail) / 2;
        var upper = ChiSquared.InvCDF((2 * count) + 2, 1 - tail) / 2;
        return new ConfidenceInterval(lower / population * multiplier, upper / population * multiplier, IntervalMethod.ExactPoisson);
    }

    private static void CheckScale(double population, double multiplier)
    {
        if (!(double.IsFinite(population) && population > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(population), "A rate needs a population greater than zero.");
        }

        if (!(double.IsFinite(multiplier) && multiplier > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), "A rate's multiplier (such as 10,000) must be greater than zero.");
        }
    }
}

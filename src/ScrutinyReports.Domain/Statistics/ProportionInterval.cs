namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// 95% confidence intervals for a proportion (numerator out of denominator), in percent (0 to 100). Thread-safe.
/// </summary>
public static class ProportionInterval
{
    /// <summary>
    /// The Wilson score interval, as OHID Fingertips computes it (Newcombe's form, no continuity correction), with
    /// z = <see cref="StandardNormal.Z95"/>. For O events out of n, p = O / n:
    /// limits = (2O + z² ∓ z √(z² + 4O(1 − p))) / (2(n + z²)), times 100.
    /// Unlike the simple "p ± 1.96 standard errors", it stays inside 0-100 and is sensible for 0/n and n/n, which is
    /// why small monthly denominators get honest, wide intervals rather than false precision.
    /// </summary>
    public static ConfidenceInterval Wilson(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(numerator, denominator);

        const double z = StandardNormal.Z95;
        double o = numerator;
        double n = denominator;
        var p = o / n;
        var centre = (2 * o) + (z * z);
        var spread = z * Math.Sqrt((z * z) + (4 * o * (1 - p)));
        var scale = 2 * (n + (z * z));

        // Clamp away floating-point dust so that 0/n starts exactly at 0 and n/n ends exactly at 100.
        var lower = Math.Clamp((centre - spread) / scale * 100, 0, 100);
        var upper = Math.Clamp((centre + spread) / scale * 100, 0, 100);
        return new ConfidenceInterval(numerator == 0 ? 0 : lower, numerator == denominator ? 100 : upper, IntervalMethod.Wilson);
    }
}

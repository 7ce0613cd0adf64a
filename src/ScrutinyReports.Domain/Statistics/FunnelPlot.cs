using MathNet.Numerics;
using MathNet.Numerics.RootFinding;

namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// Funnel plots for comparing units fairly (Spiegelhalter 2005, "Funnel plots for comparing institutional
/// performance", Statistics in Medicine 24: 1185-1202): each unit against the whole-authority figure, with 95% and
/// 99.8% control limits that narrow as the unit's denominator grows. Both methods are chosen so that a unit lies
/// outside the 95% limits exactly when the significance test the pack already uses for that kind of figure
/// (<see cref="SignificanceTest.AgainstComparator"/> on a <see cref="ProportionInterval.Wilson"/> or
/// <see cref="RateInterval.ExactPoisson"/> interval) finds it significantly different from the target. No allowance
/// for overdispersion is made. Pure and thread-safe.
/// </summary>
public static class FunnelPlot
{
    private const double Tail95 = 0.025;
    private const double Tail998 = 0.001;

    /// <summary>
    /// Places proportions (numerator out of denominator, shown in percent) against <paramref name="targetPercent"/>,
    /// or, when it is null, against the pooled proportion of the units placed (all numerators over all
    /// denominators). Limits by <see cref="ProportionLimits"/>.
    /// </summary>
    public static FunnelAnalysis ForProportions(IEnumerable<FunnelUnit> units, double? targetPercent = null)
    {
        var (placeable, skipped) = Sort(units, FunnelMeasure.Proportion);
        var target = targetPercent ?? Pooled(placeable) * 100;
        CheckTarget(target, 100, nameof(targetPercent));
        var points = placeable
            .Select(unit => Point(unit, 100, ProportionLimits(target, unit.Denominator)))
            .ToList();
        return new FunnelAnalysis(FunnelMeasure.Proportion, target, 100, FunnelMethod.WilsonScore, points, skipped);
    }

    /// <summary>
    /// Places rates (count over population, times <paramref name="multiplier"/>, such as 10,000) against
    /// <paramref name="targetRate"/> (per the multiplier), or, when it is null, against the pooled rate of the units
    /// placed. Limits by <see cref="RateLimits"/>.
    /// </summary>
    public static FunnelAnalysis ForRates(IEnumerable<FunnelUnit> units, double multiplier, double? targetRate = null)
    {
        CheckMultiplier(multiplier);
        var (placeable, skipped) = Sort(units, FunnelMeasure.Rate);
        var target = targetRate ?? Pooled(placeable) * multiplier;
        CheckTarget(target, double.PositiveInfinity, nameof(targetRate));
        var points = placeable
            .Select(unit => Point(unit, multiplier, RateLimits(target, unit.Denominator, multiplier)))
            .ToList();
        return new FunnelAnalysis(FunnelMeasure.Rate, target, multiplier, FunnelMethod.ExactPoisson, points, skipped);
    }

    /// <summary>
    /// Control limits for a proportion, in percent, at <paramref name="denominator"/> cases around
    /// <paramref name="targetPercent"/>: Spiegelhalter's normal approximation p0 ± z √(p0 (1 − p0) / n), with
    /// z = <see cref="StandardNormal.Z95"/> and <see cref="StandardNormal.Z998"/>, cut off at 0 and 100. These are
    /// exactly the proportions at which the Wilson score interval of the unit's own figure first excludes p0 (the
    /// Wilson interval is the inverted score test, whose boundary is |p − p0| = z √(p0 (1 − p0) / n)), so the funnel
    /// and the Fingertips-style comparison never disagree. No continuity correction. Use it to draw the funnel.
    /// </summary>
    public static FunnelLimits ProportionLimits(double targetPercent, long denominator)
    {
        CheckTarget(targetPercent, 100, nameof(targetPercent));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        var p0 = targetPercent / 100;
        var standardError = Math.Sqrt(p0 * (1 - p0) / denominator);
        double Limit(double z) => Math.Clamp(p0 + (z * standardError), 0, 1) * 100;
        return new FunnelLimits(Limit(-StandardNormal.Z95), Limit(StandardNormal.Z95), Limit(-StandardNormal.Z998), Limit(StandardNormal.Z998));
    }

    /// <summary>
    /// Control limits for a rate, per <paramref name="multiplier"/>, at <paramref name="population"/> around
    /// <paramref name="targetRate"/>: the inverted exact (Garwood) Poisson interval. With E = target × population /
    /// multiplier the expected count, the upper limit is the count U whose exact lower confidence limit equals E, and
    /// the lower limit is the count L whose exact upper confidence limit equals E. Through the chi-square (gamma)
    /// form of those limits, U solves P(U, E) = tail and L solves P(L + 1, E) = 1 − tail, P being the regularised
    /// lower incomplete gamma function and the tail 0.025 (95%) or 0.001 (99.8%); a lower limit that would fall
    /// below zero is zero. A whole-number count lies outside a limit exactly when its own exact 95% (or 99.8%)
    /// interval excludes the target. Use it to draw the funnel.
    /// </summary>
    public static FunnelLimits RateLimits(double targetRate, long population, double multiplier)
    {
        CheckMultiplier(multiplier);
        CheckTarget(targetRate, double.PositiveInfinity, nameof(targetRate));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(population);
        var expected = targetRate * population / multiplier;
        double Scale(double count) => count / population * multiplier;
        return new FunnelLimits(
            Scale(LowerCount(expected, Tail95)),
            Scale(UpperCount(expected, Tail95)),
            Scale(LowerCount(expected, Tail998)),
            Scale(UpperCount(expected, Tail998)));
    }

    // The count U with P(U, E) = tail: P falls as the shape grows, from 1 near zero towards 0.
    private static double UpperCount(double expected, double tail)
    {
        if (expected == 0)
        {
            return 0;
        }

        var high = expected + (10 * Math.Sqrt(expected)) + 20;
        return Root(shape => SpecialFunctions.GammaLowerRegularized(shape, expected) - tail, 0, high);
    }

    // The count L with P(L + 1, E) = 1 - tail; zero when even no events at all would not be significantly low.
    private static double LowerCount(double expected, double tail)
    {
        if (SpecialFunctions.GammaLowerRegularized(1, Math.Max(expected, double.Epsilon)) <= 1 - tail)
        {
            return 0;
        }

        return Root(count => SpecialFunctions.GammaLowerRegularized(count + 1, expected) - (1 - tail), 0, expected);
    }

    // Both functions fall as their argument grows, from above zero at low to below zero at high, so bisection brackets the root.
    private static double Root(Func<double, double> function, double low, double high) =>
        Bisection.FindRoot(function, low, high, 1e-12 * Math.Max(1, high), 200);

    private static FunnelPoint Point(Placeable unit, double multiplier, FunnelLimits limits)
    {
        var value = (double)unit.Numerator / unit.Denominator * multiplier;
        return new FunnelPoint(unit.Name, unit.Numerator, unit.Denominator, value, limits, limits.Place(value));
    }

    private static double Pooled(IReadOnlyList<Placeable> units)
    {
        if (units.Count == 0)
        {
            throw new ArgumentException("No unit has a figure to compare, so there is no whole-authority figure to centre the funnel on; give the target.", nameof(units));
        }

        return (double)units.Sum(unit => unit.Numerator) / units.Sum(unit => unit.Denominator);
    }

    private static (List<Placeable> Placeable, List<FunnelSkip> Skipped) Sort(IEnumerable<FunnelUnit> units, FunnelMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(units);
        var placeable = new List<Placeable>();
        var skipped = new List<FunnelSkip>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in units)
        {
            ArgumentNullException.ThrowIfNull(unit, nameof(units));
            ArgumentException.ThrowIfNullOrWhiteSpace(unit.Name, nameof(units));
            if (!names.Add(unit.Name))
            {
                throw new ArgumentException($"The unit \"{unit.Name}\" is given twice; each unit appears once on a funnel plot.", nameof(units));
            }

            var reason = WhyNotPlaced(unit, measure);
            if (reason is null)
            {
                placeable.Add(new Placeable(unit.Name, unit.Numerator!.Value, unit.Denominator!.Value));
            }
            else
            {
                skipped.Add(new FunnelSkip(unit.Name, reason));
            }
        }

        return (placeable, skipped);
    }

    private static string? WhyNotPlaced(FunnelUnit unit, FunnelMeasure measure)
    {
        var outOf = measure == FunnelMeasure.Proportion ? "denominator" : "population";
        return (unit.Numerator, unit.Denominator) switch
        {
            (null, _) => "no figure was received",
            (_, null) => $"no {outOf} was received",
            (_, <= 0) => $"its {outOf} is zero, so it has no {(measure == FunnelMeasure.Proportion ? "proportion" : "rate")}",
            ( < 0, _) => "its count is below zero, which cannot be",
            ({ } n, { } d) when measure == FunnelMeasure.Proportion && n > d => $"its count ({n}) is more than its denominator ({d}), which cannot be",
            _ => null,
        };
    }

    private static void CheckTarget(double target, double maximum, string name)
    {
        if (!(double.IsFinite(target) && target >= 0 && target <= maximum))
        {
            throw new ArgumentOutOfRangeException(name, target, maximum == 100
                ? "A target proportion lies between 0 and 100 percent."
                : "A target rate is a finite number of zero or more.");
        }
    }

    private static void CheckMultiplier(double multiplier)
    {
        if (!(double.IsFinite(multiplier) && multiplier > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), "A rate's multiplier (such as 10,000) must be greater than zero.");
        }
    }

    private sealed record Placeable(string Name, long Numerator, long Denominator);
}

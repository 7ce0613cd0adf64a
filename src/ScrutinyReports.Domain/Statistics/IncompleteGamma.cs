namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// The regularised lower incomplete gamma function P(a, x) for any shape a &gt; 0, which the exact Poisson funnel
/// limits need at non-integer shapes (for a whole-number shape it is a Poisson tail: P(k, x) = P(X ≥ k | mean x)).
/// Computed by its power series below x = a + 1 and by the continued fraction for 1 − P above (Lentz's method),
/// the standard pairing that converges quickly on each side; log Γ by the Stirling series after shifting the
/// argument above 10. Accurate to about 1e-13 relative, ample for control limits. Thread-safe.
/// </summary>
internal static class IncompleteGamma
{
    private const double Epsilon = 1e-15;
    private const double Tiny = 1e-300;
    private const int MaxTerms = 100_000;

    /// <summary>P(a, x) = γ(a, x) / Γ(a): the probability that a Gamma(a, 1) variable is at most x.</summary>
    public static double LowerRegularised(double a, double x)
    {
        if (!(a > 0) || !double.IsFinite(a))
        {
            throw new ArgumentOutOfRangeException(nameof(a), "The gamma shape must be a finite number greater than zero.");
        }

        if (!(x >= 0) || !double.IsFinite(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), "The gamma argument must be a finite number of zero or more.");
        }

        if (x == 0)
        {
            return 0;
        }

        var logPrefix = -x + (a * Math.Log(x)) - LogGamma(a);
        return x < a + 1 ? Math.Min(1, Series(a, x) * Math.Exp(logPrefix)) : Math.Max(0, 1 - (ContinuedFraction(a, x) * Math.Exp(logPrefix)));
    }

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        // Γ(x) = Γ(x + k) / (x (x+1) ... (x+k-1)): shift up until the Stirling series is accurate to double precision.
        var shift = 0.0;
        while (x < 10)
        {
            shift += Math.Log(x);
            x += 1;
        }

        var inverse = 1 / x;
        var inverseSquared = inverse * inverse;
        var series = inverse * ((1.0 / 12) - (inverseSquared * ((1.0 / 360) - (inverseSquared * ((1.0 / 1260) - (inverseSquared / 1680))))));
        return ((x - 0.5) * Math.Log(x)) - x + (0.5 * Math.Log(2 * Math.PI)) + series - shift;
    }

    // Σ x^n / (a (a+1) ... (a+n)), n = 0, 1, ...
    private static double Series(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        for (var n = 1; n < MaxTerms; n++)
        {
            term *= x / (a + n);
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
            {
                return sum;
            }
        }

        throw new InvalidOperationException($"The incomplete gamma series did not converge for a = {a}, x = {x}.");
    }

    // The continued fraction for Γ(a, x) e^x x^-a, evaluated by the modified Lentz method.
    private static double ContinuedFraction(double a, double x)
    {
        var b = x + 1 - a;
        var c = 1 / Tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxTerms; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = b + (an / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                return h;
            }
        }

        throw new InvalidOperationException($"The incomplete gamma continued fraction did not converge for a = {a}, x = {x}.");
    }
}

namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// Exact confidence limits for the mean of a Poisson count, found by solving the tail equations directly.
/// For a whole-number count the regularised incomplete gamma function is a finite Poisson sum,
/// P(X ≤ k | μ) = Σ e^−μ μ^i / i! (i = 0..k), so no special-function library is needed: the sum is taken in log
/// space (no underflow for large means) and each limit is found by bisection, which cannot fail to converge
/// because the tail probabilities are monotone in μ.
/// </summary>
internal static class PoissonLimits
{
    private const int Iterations = 200;
    private const double RelativeTolerance = 1e-13;

    /// <summary>The (lower, upper) limits on the mean for <paramref name="count"/> events with <paramref name="tail"/> in each tail.</summary>
    public static (double Lower, double Upper) Exact(long count, double tail)
    {
        // Lower: P(X >= O | L) = tail, i.e. P(X <= O-1 | L) = 1 - tail; that probability falls as L grows.
        var lower = count == 0 ? 0 : Solve(count - 1, 1 - tail, 0, count);

        // Upper: P(X <= O | U) = tail. The mean lies well within O + 10 sqrt(O + 1) + 10 for any tail used here.
        var upper = Solve(count, tail, count, count + (10 * Math.Sqrt(count + 1)) + 10);
        return (lower, upper);
    }

    /// <summary>P(X ≤ k) for X Poisson with mean <paramref name="mean"/>.</summary>
    public static double Cdf(long k, double mean)
    {
        if (mean <= 0)
        {
            return 1;
        }

        // log of each term: -mean + i ln(mean) - ln(i!); summed with the largest term factored out.
        var logMean = Math.Log(mean);
        var peak = Math.Min(k, (long)Math.Floor(mean));
        var logPeak = LogTerm(peak, mean, logMean);
        var sum = 0.0;
        var logTerm = -mean;
        for (long i = 0; i <= k; i++)
        {
            if (i > 0)
            {
                logTerm += logMean - Math.Log(i);
            }

            sum += Math.Exp(logTerm - logPeak);
        }

        return Math.Min(1, Math.Exp(logPeak + Math.Log(sum)));
    }

    /// <summary>The mean μ in [low, high] where P(X ≤ k | μ) equals <paramref name="target"/> (the CDF falls as μ grows).</summary>
    private static double Solve(long k, double target, double low, double high)
    {
        for (var i = 0; i < Iterations && high - low > RelativeTolerance * high; i++)
        {
            var middle = (low + high) / 2;
            if (Cdf(k, middle) > target)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (low + high) / 2;
    }

    private static double LogTerm(long i, double mean, double logMean)
    {
        var logFactorial = 0.0;
        for (long j = 2; j <= i; j++)
        {
            logFactorial += Math.Log(j);
        }

        return -mean + (i * logMean) - logFactorial;
    }
}

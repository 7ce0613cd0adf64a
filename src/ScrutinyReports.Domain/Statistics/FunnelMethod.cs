namespace ScrutinyReports.Domain.Statistics;

/// <summary>The names written into <see cref="FunnelAnalysis.Method"/> (and report.json) for each funnel method.</summary>
public static class FunnelMethod
{
    /// <summary>Proportions: Spiegelhalter's normal approximation, the inverted Wilson score test (<see cref="FunnelPlot.ProportionLimits"/>).</summary>
    public const string WilsonScore = "wilson_score";

    /// <summary>Rates: the inverted exact (Garwood) Poisson interval (<see cref="FunnelPlot.RateLimits"/>).</summary>
    public const string ExactPoisson = "exact_poisson";
}

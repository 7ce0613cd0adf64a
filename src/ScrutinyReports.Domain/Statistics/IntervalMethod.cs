namespace ScrutinyReports.Domain.Statistics;

/// <summary>The names written into <see cref="ConfidenceInterval.Method"/> (and report.json) for each method.</summary>
public static class IntervalMethod
{
    /// <summary>Wilson score interval for a proportion (<see cref="ProportionInterval.Wilson"/>).</summary>
    public const string Wilson = "wilson";

    /// <summary>Byar's approximation to the Poisson interval for a rate (<see cref="RateInterval.Byar"/>).</summary>
    public const string Byar = "byar";

    /// <summary>Exact (Garwood) Poisson interval for a rate (<see cref="RateInterval.ExactPoisson"/>).</summary>
    public const string ExactPoisson = "exact_poisson";

    /// <summary>
    /// A disproportionality ratio: the Wilson interval of a group's share of a cohort, divided by its (exact) share of
    /// the population (<see cref="Disproportionality.Compare"/>).
    /// </summary>
    public const string WilsonShareRatio = "wilson_share_ratio";
}

namespace ScrutinyReports.Domain.Indicators;

/// <summary>How a figure in a unit relates to its numerator and denominator.</summary>
public static class UnitScale
{
    /// <summary>
    /// What numerator / denominator is multiplied by to give the figure: 100 for a percentage, 10,000 for a rate per
    /// 10,000, and so on; null for a unit that is not a fraction (counts, days, scores).
    /// </summary>
    public static decimal? PerDenominator(this Unit unit) => unit switch
    {
        Unit.Percent => 100m,
        Unit.RatePer1000 => 1_000m,
        Unit.RatePer10000 => 10_000m,
        Unit.RatePer100000 => 100_000m,
        _ => null,
    };
}

namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// A unit placed on a funnel plot: its figure (<see cref="Value"/>, in percent or per the multiplier), the count
/// and denominator it comes from, the control limits at its denominator and where it lies against them.
/// </summary>
public sealed record FunnelPoint(string Name, long Numerator, long Denominator, double Value, FunnelLimits Limits, FunnelPosition Position)
{
    /// <summary>True when the unit lies outside the 99.8% limits: the only units the narrative names.</summary>
    public bool IsOutlier => Position is FunnelPosition.Above998 or FunnelPosition.Below998;
}

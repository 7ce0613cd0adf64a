namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// The control limits of a funnel plot at one denominator, in the figure's unit (percent, or a rate per the
/// multiplier): the 95% limits (about 2 standard errors) inside the 99.8% limits (about 3).
/// </summary>
public sealed record FunnelLimits(double Lower95, double Upper95, double Lower998, double Upper998)
{
    /// <summary>Where <paramref name="value"/> lies: a value on a limit is inside it.</summary>
    public FunnelPosition Place(double value) =>
        value > Upper998 ? FunnelPosition.Above998
        : value < Lower998 ? FunnelPosition.Below998
        : value > Upper95 ? FunnelPosition.Above95
        : value < Lower95 ? FunnelPosition.Below95
        : FunnelPosition.Within;
}

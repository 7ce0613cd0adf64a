namespace ScrutinyReports.Domain.Statistics;

/// <summary>Constants of the standard normal distribution used by the interval methods.</summary>
public static class StandardNormal
{
    /// <summary>
    /// The 97.5th percentile of the standard normal distribution, to the precision OHID Fingertips uses: a
    /// two-sided 95% interval reaches this many standard errors either side.
    /// </summary>
    public const double Z95 = 1.959963985;

    /// <summary>
    /// The 99.9th percentile of the standard normal distribution: a two-sided 99.8% interval (the outer limits of a
    /// funnel plot) reaches this many standard errors either side.
    /// </summary>
    public const double Z998 = 3.090232306;
}

namespace ScrutinyReports.Domain.Statistics;

/// <summary>Constants of the standard normal distribution used by the interval methods.</summary>
public static class StandardNormal
{
    /// <summary>
    /// The 97.5th percentile of the standard normal distribution, to the precision OHID Fingertips uses: a
    /// two-sided 95% interval reaches this many standard errors either side.
    /// </summary>
    public const double Z95 = 1.959963985;
}

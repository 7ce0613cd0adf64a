namespace ScrutinyReports.Domain.Statistics;

/// <summary>What a funnel plot compares.</summary>
public enum FunnelMeasure
{
    /// <summary>A proportion, in percent (0 to 100): numerator out of denominator cases.</summary>
    Proportion,

    /// <summary>A rate: a count over a population, times a multiplier such as 10,000.</summary>
    Rate,
}

namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// Units compared fairly on a funnel plot: each against the same <see cref="Target"/> (the whole-authority figure),
/// with control limits that narrow as the denominator grows, so a small unit's chance swing is not read as a
/// difference. Units are listed in the order given, never ranked on their raw values. Immutable.
/// </summary>
public sealed record FunnelAnalysis
{
    public FunnelAnalysis(FunnelMeasure measure, double target, double multiplier, string method, IReadOnlyList<FunnelPoint> points, IReadOnlyList<FunnelSkip> skipped)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(skipped);
        Measure = measure;
        Target = target;
        Multiplier = multiplier;
        Method = method;
        Points = points;
        Skipped = skipped;
    }

    public FunnelMeasure Measure { get; }

    /// <summary>The whole-authority figure the limits are centred on, in percent or per <see cref="Multiplier"/>.</summary>
    public double Target { get; }

    /// <summary>100 for a proportion in percent; the rate's base (such as 10,000) for a rate.</summary>
    public double Multiplier { get; }

    /// <summary>Which method made the limits: one of the <see cref="FunnelMethod"/> names.</summary>
    public string Method { get; }

    /// <summary>The units placed on the plot, in the order given.</summary>
    public IReadOnlyList<FunnelPoint> Points { get; }

    /// <summary>Units left off, each with its reason (no figure, a denominator of zero, a count that cannot be).</summary>
    public IReadOnlyList<FunnelSkip> Skipped { get; }

    /// <summary>The units outside the 99.8% limits, in the order given: the only ones the narrative names.</summary>
    public IReadOnlyList<FunnelPoint> Outliers => Points.Where(point => point.IsOutlier).ToList();
}

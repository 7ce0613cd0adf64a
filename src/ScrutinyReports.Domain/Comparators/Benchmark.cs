using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Comparators;

/// <summary>
/// How an indicator's figure stands against comparators and its own past: the comparators of the latest published
/// period, the council's published position, the figure's 95% confidence interval (where numerator and denominator
/// were given), whether it differs significantly from England and from a year earlier, and its trend.
/// <see cref="TooFewToJudge"/> is set when the denominator is below the configured minimum: then no judgement
/// against comparators is made at all.
/// </summary>
public sealed record Benchmark(
    IReadOnlyList<Comparator> Comparators,
    PublishedPosition? Position,
    ConfidenceInterval? Interval,
    Significance? AgainstEngland,
    Significance? AgainstYearAgo,
    bool TooFewToJudge,
    Trend? Last6,
    Trend? Last12,
    SeriesExtreme? Extreme)
{
    public static Benchmark None { get; } = new([], null, null, null, null, false, null, null, null);

    /// <summary>
    /// Where the latest figure sits among all authorities' published figures for the comparators' year; null without
    /// a figure, a stored distribution, or enough cases to judge.
    /// </summary>
    public DistributionPosition? AmongAuthorities { get; init; }

    public Comparator? England => Comparators.FirstOrDefault(c => c.Kind == ComparatorKind.England);
}

using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Comparators;

/// <summary>
/// Every comparator known for a council: published figures for several years, and the positions among all
/// authorities. <see cref="SnModel"/> names the statistical neighbour model used ("2025", "2021").
/// </summary>
public sealed record ComparatorSet(string? LocalAuthority, string? SnModel, IReadOnlyList<Comparator> Comparators, IReadOnlyList<PublishedPosition> Positions)
{
    public static ComparatorSet Empty { get; } = new(null, null, [], []);

    /// <summary>
    /// Set when the comparators are another, real authority's, lent to a council whose own figures are fictional (the
    /// demo); null for a council's own comparators. Reports then say so, and show the earliest published year of an
    /// indicator when none had ended by the report's month, rather than nothing.
    /// </summary>
    public BorrowedComparators? Borrowed { get; init; }

    /// <summary>
    /// All authorities' published figures for each indicator and year, summarised for position charts. Empty when
    /// none were imported (documents stored before they were kept): then no chart is drawn.
    /// </summary>
    public IReadOnlyList<PublishedDistribution> Distributions { get; init; } = [];

    /// <summary>The council's 0-17 population by mid-year (ONS estimates), the denominator of its rates per 10,000.</summary>
    public IReadOnlyDictionary<int, decimal> Populations { get; init; } = new Dictionary<int, decimal>();

    /// <summary>The latest mid-year population estimate made by the end of <paramref name="period"/>, if any.</summary>
    public decimal? PopulationFor(ReportingPeriod period) =>
        Populations.Where(p => new DateOnly(p.Key, 6, 30) <= period.End).OrderByDescending(p => p.Key).Select(p => (decimal?)p.Value).FirstOrDefault();

    /// <summary>
    /// The comparators an indicator's figure for <paramref name="period"/> is set against: those of the latest
    /// published period that had ended by the end of <paramref name="period"/>, never a later one.
    /// </summary>
    /// <remarks>
    /// Published figures come together from their latest year; each manual comparator from its own latest period.
    /// Borrowed comparators (<see cref="Borrowed"/>) with no year ended by then give their earliest year instead,
    /// so that a demonstration shows every indicator the published files cover, its year named beside it.
    /// </remarks>
    public (IReadOnlyList<Comparator> Comparators, PublishedPosition? Position) For(string indicatorId, ReportingPeriod period)
    {
        var candidates = Comparators.Where(c => string.Equals(c.IndicatorId, indicatorId, StringComparison.OrdinalIgnoreCase) && c.Period.End <= period.End).ToList();
        var published = candidates.Where(c => c.Kind != ComparatorKind.Manual).ToList();
        var chosen = new List<Comparator>();
        PublishedPosition? position = null;
        if (published.Count > 0)
        {
            var latest = published.Max(c => c.Period.End);
            chosen.AddRange(published.Where(c => c.Period.End == latest).OrderBy(c => c.Kind).ThenBy(c => c.Name, StringComparer.Ordinal));
            position = Positions.FirstOrDefault(p => string.Equals(p.IndicatorId, indicatorId, StringComparison.OrdinalIgnoreCase) && p.Period == chosen[0].Period);
        }
        else if (Borrowed is not null && Comparators.Where(c => string.Equals(c.IndicatorId, indicatorId, StringComparison.OrdinalIgnoreCase) && c.Kind != ComparatorKind.Manual).ToList() is { Count: > 0 } later)
        {
            var earliest = later.Min(c => c.Period.End);
            chosen.AddRange(later.Where(c => c.Period.End == earliest).OrderBy(c => c.Kind).ThenBy(c => c.Name, StringComparer.Ordinal));
        }

        chosen.AddRange(candidates.Where(c => c.Kind == ComparatorKind.Manual)
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Select(group => group.MaxBy(c => c.Period.End)!)
            .OrderBy(c => c.Name, StringComparer.Ordinal));
        return (chosen, position);
    }
}

using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// The council's child population by mid-year estimate (the year of its 30 June), single year of age 0 to 17 and sex
/// (Male and Female), as the council imported it, with the file it came from. Every year holds every age of both sexes.
/// </summary>
public sealed class ChildPopulation
{
    private readonly SortedDictionary<int, IReadOnlyList<SingleYearPopulation>> byYear;

    public ChildPopulation(IReadOnlyDictionary<int, IReadOnlyList<SingleYearPopulation>> byYear, string source)
    {
        ArgumentNullException.ThrowIfNull(byYear);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (byYear.Count == 0)
        {
            throw new ArgumentException("A child population needs at least one year's estimates.", nameof(byYear));
        }

        foreach (var (year, estimates) in byYear)
        {
            // Sums into the DfE bands, which checks every age of each sex is there once.
            var bands = ChildAgeBands.Aggregate(estimates);
            var sexes = bands.Select(b => b.Sex).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (!sexes.SequenceEqual(["Female", "Male"]))
            {
                throw new ArgumentException($"The {year} estimates are for {string.Join(" and ", sexes)}; expected Male and Female.", nameof(byYear));
            }
        }

        this.byYear = new SortedDictionary<int, IReadOnlyList<SingleYearPopulation>>(byYear.ToDictionary());
        Source = source;
    }

    /// <summary>Where the estimates came from: the imported file's name.</summary>
    public string Source { get; }

    public IEnumerable<int> Years => byYear.Keys;

    public IReadOnlyList<SingleYearPopulation> For(int year) => byYear[year];

    /// <summary>The latest estimate not after the period: its 30 June falls on or before the period's last day. Null when all are later.</summary>
    public int? EstimateYearFor(ReportingPeriod period) =>
        byYear.Keys.Where(year => new DateOnly(year, 6, 30) <= period.End).Select(year => (int?)year).LastOrDefault();

    /// <summary>
    /// The population of each category of a characteristic dimension with a base: "age" in the DfE age bands, "sex" as
    /// Male and Female; null for any other dimension.
    /// </summary>
    public IReadOnlyDictionary<string, long>? BaseFor(string dimension, int year)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        var estimates = byYear[year];
        return dimension switch
        {
            "age" => ChildAgeBands.Aggregate(estimates).GroupBy(b => b.Band.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(b => b.Count), StringComparer.Ordinal),
            "sex" => estimates.Where(e => e.Age <= ChildAgeBands.OldestChildAge).GroupBy(e => e.Sex, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(e => e.Count), StringComparer.Ordinal),
            _ => null,
        };
    }
}

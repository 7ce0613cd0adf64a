namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// The age bands the DfE publishes children's social care statistics in (children looked after, children in need),
/// and the sum of single-year population estimates into them, so that a cohort by age band can be set against the
/// population of the same ages. Pure and thread-safe.
/// </summary>
public static class ChildAgeBands
{
    /// <summary>The oldest age counted as a child: 17 (children are under 18).</summary>
    public const int OldestChildAge = 17;

    /// <summary>
    /// Under 1, 1 to 4, 5 to 9, 10 to 15 and 16 to 17, labelled as the DfE labels them; "16 years and over" holds 16 and
    /// 17 only, as the statistics count children under 18.
    /// </summary>
    public static IReadOnlyList<ChildAgeBand> Dfe { get; } =
    [
        new("Under 1 year", 0, 0),
        new("1 to 4 years", 1, 4),
        new("5 to 9 years", 5, 9),
        new("10 to 15 years", 10, 15),
        new("16 years and over", 16, OldestChildAge),
    ];

    /// <summary>
    /// Sums single-year estimates for ages 0 to 17 into <see cref="Dfe"/> bands, for each sex present: bands in age
    /// order, sexes in the order first met. Every age from 0 to 17 must be given exactly once for each sex, so that no
    /// band is silently short; an age above 17 is ignored (the ONS tables run to 90 and over).
    /// </summary>
    public static IReadOnlyList<BandPopulation> Aggregate(IEnumerable<SingleYearPopulation> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        var bySex = new Dictionary<string, long[]>(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, bool[]>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var estimate in estimates)
        {
            ArgumentNullException.ThrowIfNull(estimate, nameof(estimates));
            ArgumentException.ThrowIfNullOrWhiteSpace(estimate.Sex, nameof(estimates));
            if (estimate.Age < 0 || estimate.Count < 0)
            {
                throw new ArgumentException($"The estimate for age {estimate.Age}, {estimate.Sex}, has an age or count below zero ({estimate.Count}).", nameof(estimates));
            }

            if (estimate.Age > OldestChildAge)
            {
                continue;
            }

            if (!bySex.TryGetValue(estimate.Sex, out var counts))
            {
                counts = new long[OldestChildAge + 1];
                bySex.Add(estimate.Sex, counts);
                seen.Add(estimate.Sex, new bool[OldestChildAge + 1]);
                order.Add(estimate.Sex);
            }

            if (seen[estimate.Sex][estimate.Age])
            {
                throw new ArgumentException($"Age {estimate.Age}, {estimate.Sex}, is given twice.", nameof(estimates));
            }

            seen[estimate.Sex][estimate.Age] = true;
            counts[estimate.Age] = estimate.Count;
        }

        foreach (var sex in order)
        {
            var missing = Enumerable.Range(0, OldestChildAge + 1).Where(age => !seen[sex][age]).ToList();
            if (missing.Count > 0)
            {
                throw new ArgumentException($"The estimates for {sex} lack age{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)}; every age from 0 to 17 is needed.", nameof(estimates));
            }
        }

        return Dfe
            .SelectMany(band => order.Select(sex => new BandPopulation(band, sex, Enumerable.Range(band.From, band.To - band.From + 1).Sum(age => bySex[sex][age]))))
            .ToList();
    }
}

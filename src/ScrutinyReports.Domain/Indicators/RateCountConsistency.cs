namespace ScrutinyReports.Domain.Indicators;

/// <summary>
/// Rule: a rate and the count it is built from are worded alike. Both are context measures (reported as rising or
/// falling, never judged) or both are judged in the same direction; a report must never call CLA_RATE "improved"
/// while it says CLA_COUNT only "fell". Pairs are the ids ending _COUNT and _RATE with the same stem (CLA_COUNT and
/// CLA_RATE), and any pairs a caller names (the derived-indicators list). Pure: no I/O.
/// </summary>
public static class RateCountConsistency
{
    /// <summary>One sentence per inconsistent pair, in catalogue order of the rate; empty when all agree.</summary>
    public static IReadOnlyList<string> Check(IndicatorCatalogue catalogue, IEnumerable<(string RateId, string CountId)>? pairs = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var problems = new List<string>();
        foreach (var (rate, count) in Pairs(catalogue, pairs ?? []))
        {
            if (rate.Polarity == count.Polarity)
            {
                continue;
            }

            problems.Add(rate.Polarity == Polarity.Neutral || count.Polarity == Polarity.Neutral
                ? $"{rate.Id} is {Words(rate.Polarity)} but {count.Id} is {Words(count.Polarity)}; expected a rate and its count both to be context measures (neutral) or both to be judged"
                : $"{rate.Id} is {Words(rate.Polarity)} but {count.Id} is {Words(count.Polarity)}; expected a rate and its count to be judged in the same direction");
        }

        return problems;
    }

    private static IEnumerable<(Indicator Rate, Indicator Count)> Pairs(IndicatorCatalogue catalogue, IEnumerable<(string RateId, string CountId)> named)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rate in catalogue.Indicators.Where(i => i.Id.EndsWith("_RATE", StringComparison.OrdinalIgnoreCase)))
        {
            if (catalogue.TryGet(rate.Id[..^"_RATE".Length] + "_COUNT", out var count) && seen.Add(rate.Id + "|" + count.Id))
            {
                yield return (rate, count);
            }
        }

        foreach (var (rateId, countId) in named)
        {
            if (catalogue.TryGet(rateId, out var rate) && catalogue.TryGet(countId, out var count) && seen.Add(rate.Id + "|" + count.Id))
            {
                yield return (rate, count);
            }
        }
    }

    private static string Words(Polarity polarity) => polarity switch
    {
        Polarity.Neutral => "a context measure (neutral)",
        _ => CatalogueCodes.Code(polarity),
    };
}

using ScrutinyReports.Domain.Disclosure;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Reports.Breakdowns;

/// <summary>
/// Sets a breakdown by age band or sex against the child population of the latest estimate not after its period.
/// Shares rest on every group with a base, suppressed or not, so they are right; a public report then leaves out the
/// rows of suppressed groups. Shares also reveal the cohort of groups with a base, so when figures are suppressed both
/// among those groups and among the groups without a base, that split would be given away and nothing is compared.
/// </summary>
internal static class BreakdownDisproportionalityBuilder
{
    public static BreakdownDisproportionality? Build(Indicator indicator, string dimension, ReportingPeriod period,
        IReadOnlyList<BreakdownRow> rows, IReadOnlyDictionary<string, Observation> figures, ChildPopulation? population)
    {
        if (population is null || dimension is not ("age" or "sex"))
        {
            return null;
        }

        if (population.EstimateYearFor(period) is not { } year)
        {
            return Withheld(null, population, $"no population estimate for mid-{period.End.Year} or earlier has been imported");
        }

        var bases = population.BaseFor(dimension, year)!;
        var withBase = rows.Where(r => bases.ContainsKey(r.Category)).ToList();
        if (withBase.Count < 2)
        {
            return null;
        }

        var counts = withBase.ToDictionary(r => r.Category, r => Count(indicator, figures.GetValueOrDefault(r.Category)), StringComparer.Ordinal);
        var withoutBase = rows.Where(r => !bases.ContainsKey(r.Category) && (r.Status is not null || figures.ContainsKey(r.Category)))
            .Select(r => new GroupWithoutBase(r.Category, Hidden(r) ? null : Count(indicator, figures.GetValueOrDefault(r.Category)), Hidden(r)))
            .ToList();
        if (counts.Values.Any(c => c is null))
        {
            return Withheld(year, population, $"not every {dimension} group has a count for {period.Code}, so the cohort's shares cannot be worked out", withoutBase);
        }

        if (counts.Values.Sum() == 0)
        {
            return Withheld(year, population, "no children are counted in any group", withoutBase);
        }

        var suppressed = withBase.Where(Hidden).Select(r => r.Category).ToList();
        if (suppressed.Count > 0 && withoutBase.Any(g => g.Suppressed))
        {
            return Withheld(year, population,
                "figures are suppressed both among the groups compared and among those without a population estimate, and the comparison would let a suppressed figure be worked out",
                withoutBase);
        }

        var compared = Disproportionality.Compare(withBase.Select(r => new PopulationGroup(r.Category, counts[r.Category]!.Value, bases[r.Category])));
        return new BreakdownDisproportionality(year, population.Source, compared.Where(g => !suppressed.Contains(g.Name)).ToList(), suppressed, withoutBase, null);
    }

    private static BreakdownDisproportionality Withheld(int? year, ChildPopulation population, string why, IReadOnlyList<GroupWithoutBase>? withoutBase = null) =>
        new(year, population.Source, [], [], withoutBase ?? [], why);

    private static bool Hidden(BreakdownRow row) => row.Protection is CellProtection.Primary or CellProtection.Secondary;

    // The children a figure counts: a count indicator's value, otherwise its numerator.
    private static long? Count(Indicator indicator, Observation? figure)
    {
        if (figure is not { HasValue: true })
        {
            return null;
        }

        var count = indicator.Unit == Unit.Count ? figure.Value : figure.Numerator;
        return count is { } n && n >= 0 && decimal.IsInteger(n) && n <= long.MaxValue ? (long)n : null;
    }
}

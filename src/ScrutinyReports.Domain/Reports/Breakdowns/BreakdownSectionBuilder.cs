using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Disclosure;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Reports.Breakdowns;

/// <summary>
/// Builds an indicator's <see cref="BreakdownSection"/> for one dimension from its analysis (whose period and previous
/// period it uses, and whose whole-authority figure, already made safe for the audience, centres the funnel) and the
/// indicator's breakdown figures. For a public audience the cells of both periods are protected first
/// (<see cref="BreakdownDisclosure"/>), so a suppressed cell reappears neither as a change nor on the funnel. Pure.
/// </summary>
public static class BreakdownSectionBuilder
{
    public static BreakdownSection Build(IndicatorAnalysis analysis, string dimension, IEnumerable<Observation> parts,
        BreakdownDimensions dimensions, Audience audience, DisclosureOptions disclosure, ChildPopulation? population = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(disclosure);
        var indicator = analysis.Indicator;
        var declared = dimensions.TryGet(dimension, out var found) ? found : null;
        var current = new Dictionary<string, Observation>(StringComparer.Ordinal);
        var previous = new Dictionary<string, Observation>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var breakdown = Breakdown.FromStored(part.Breakdown);
            if (breakdown.Dimension != dimension || !string.Equals(part.IndicatorId, indicator.Id, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var category = declared is not null && declared.TryMatch(breakdown.Category, out var named) ? named.Name : breakdown.Category;
            if (part.Period == analysis.Period)
            {
                current[category] = part;
            }
            else if (part.Period == analysis.Previous.Period)
            {
                previous[category] = part;
            }
        }

        // An optional declared category ("Unknown" sex) with no figure in either period is left out rather than shown empty.
        var categories = declared is not null
            ? declared.Categories.Where(c => !c.Optional || current.ContainsKey(c.Name) || previous.ContainsKey(c.Name)).Select(c => c.Name).Concat(current.Keys.Concat(previous.Keys).Order(StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.Ordinal).ToList()
            : current.Keys.Concat(previous.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase).ToList();

        var protectNow = Protection(indicator, categories, current, analysis.Current, audience, disclosure);
        var protectBefore = Protection(indicator, categories, previous, analysis.Previous.Earlier, audience, disclosure);
        var rows = categories.Select(category => Row(indicator, category, current.GetValueOrDefault(category), protectNow(category),
            previous.GetValueOrDefault(category), protectBefore(category))).ToList();

        var funnel = Funnel(indicator, analysis.Current, rows);
        if (funnel is not null)
        {
            var points = funnel.Points.ToDictionary(point => point.Name, StringComparer.Ordinal);
            rows = rows.Select(row => points.TryGetValue(row.Category, out var point) ? row with { Limits = point.Limits, Flag = point.Position } : row).ToList();
        }

        return new BreakdownSection(dimension, analysis.Period, analysis.Previous.Period, rows, funnel, BreakdownWording.Describe(indicator, dimension, funnel, rows))
        {
            Disproportionality = BreakdownDisproportionalityBuilder.Build(indicator, dimension, analysis.Period, rows, current, population),
        };
    }

    private static Func<string, CellProtection> Protection(Indicator indicator, List<string> categories, Dictionary<string, Observation> figures,
        Observation? whole, Audience audience, DisclosureOptions disclosure)
    {
        if (audience != Audience.Public)
        {
            return _ => CellProtection.Shown;
        }

        var protection = BreakdownDisclosure.Protect(indicator, categories.Select(c => (c, figures.GetValueOrDefault(c))).ToList(), whole, disclosure);
        return category => protection[category];
    }

    private static BreakdownRow Row(Indicator indicator, string category, Observation? now, CellProtection nowProtection, Observation? before, CellProtection beforeProtection)
    {
        var hidden = nowProtection is CellProtection.Primary or CellProtection.Secondary;
        if (hidden)
        {
            return new BreakdownRow(category, null, null, null, ObservationStatus.Suppressed, null) { Protection = nowProtection };
        }

        var value = now?.Value is { } v ? indicator.Round(v) : (decimal?)null;
        var earlier = before?.Value is { } e && beforeProtection is not (CellProtection.Primary or CellProtection.Secondary) ? indicator.Round(e) : (decimal?)null;
        return new BreakdownRow(category, value, now?.Numerator, now?.Denominator, now?.Status, value - earlier) { Protection = nowProtection };
    }

    // Percentages and rates with whole-number counts, against the whole-authority figure (or, without one, the units' pooled figure).
    private static FunnelAnalysis? Funnel(Indicator indicator, Observation? whole, IReadOnlyList<BreakdownRow> rows)
    {
        if (indicator.Unit.PerDenominator() is not { } perDenominator)
        {
            return null;
        }

        var units = rows.Where(row => row.Value is not null)
            .Select(row => new FunnelUnit(row.Category, Whole(row.Numerator), Whole(row.Denominator)))
            .ToList();
        if (!units.Any(unit => unit is { Numerator: >= 0, Denominator: > 0 } && (indicator.Unit != Unit.Percent || unit.Numerator <= unit.Denominator)))
        {
            return null;
        }

        double? target = whole?.Value is { } value ? (double)value : null;
        if (target is < 0 || (indicator.Unit == Unit.Percent && target > 100))
        {
            return null;
        }

        return indicator.Unit == Unit.Percent ? FunnelPlot.ForProportions(units, target) : FunnelPlot.ForRates(units, (double)perDenominator, target);
    }

    private static long? Whole(decimal? number) => number is { } n && decimal.IsInteger(n) && n >= long.MinValue && n <= long.MaxValue ? (long)n : null;
}

using ScrutinyReports.Domain.Disclosure;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;

namespace ScrutinyReports.Domain.Reports.Breakdowns;

/// <summary>
/// Which categories of one dimension, for one period, a public report must not show. The counts that add up across
/// categories (a count indicator's value; otherwise the numerator) are protected by <see cref="DimensionSuppression"/>
/// against the whole-authority count; a cell that <see cref="DisclosureControl.IsDisclosive"/> finds disclosive for
/// another reason (a denominator below the threshold) is suppressed as a primary cell, and protected like one. The total is the whole-authority count
/// when the report shows it, never less than the cells' sum; when it is not shown, the cells' sum stands in, which only
/// ever suppresses more. The whole-authority figure is published beside the breakdown, so where its count would need
/// hiding to protect the cells, every cell of the dimension is withheld instead.
/// </summary>
internal static class BreakdownDisclosure
{
    public static IReadOnlyDictionary<string, CellProtection> Protect(
        Indicator indicator, IReadOnlyList<(string Category, Observation? Figure)> cells, Observation? whole, DisclosureOptions options)
    {
        var counted = cells.Select(cell => new DimensionCell(cell.Category, Counted(indicator, cell.Figure, options))).ToList();
        var sum = counted.Sum(cell => cell.Count ?? 0);
        var total = Math.Max(AdditiveCount(indicator, whole) ?? sum, sum);
        var protectedCells = DimensionSuppression.Apply(counted, total, options);
        var withheldAll = protectedCells.TotalProtection == CellProtection.Secondary;
        var result = new Dictionary<string, CellProtection>(StringComparer.Ordinal);
        foreach (var (cell, published) in cells.Zip(protectedCells.Cells))
        {
            var protection = published.Protection;
            if (withheldAll && protection is CellProtection.Shown or CellProtection.NotAvailable && cell.Figure is { HasValue: true })
            {
                protection = CellProtection.Secondary;
            }

            result[cell.Category] = protection;
        }

        return result;
    }

    // A cell disclosive for a reason other than a small count (0 of 3 children) counts as the smallest count, 1, so
    // that it is suppressed as a primary cell and protected from subtraction like one.
    private static long? Counted(Indicator indicator, Observation? figure, DisclosureOptions options)
    {
        var count = AdditiveCount(indicator, figure);
        var small = count is >= 1 && count < options.Threshold;
        return figure is { HasValue: true } && !small && DisclosureControl.IsDisclosive(figure, indicator, options.Threshold) ? 1 : count;
    }

    // The whole number of children or events a figure rests on, which adds up across a dimension's categories.
    private static long? AdditiveCount(Indicator indicator, Observation? figure)
    {
        if (figure is not { HasValue: true })
        {
            return null;
        }

        var count = indicator.Unit == Unit.Count ? figure.Value : figure.Numerator;
        return count is { } n && n >= 0 && decimal.IsInteger(n) && n <= long.MaxValue ? (long)n : null;
    }
}

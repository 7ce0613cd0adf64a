namespace ScrutinyReports.Domain.Disclosure;

/// <summary>
/// Small-number suppression for the cells of one breakdown dimension (children looked after by age band, by team)
/// whose total is published, so that no suppressed cell can be worked out from the total and the cells shown.
/// Pure and thread-safe.
/// <para>
/// Primary: a count from 1 to threshold − 1 (the rule of <see cref="DisclosureControl"/>); zero is shown, as it
/// identifies nobody, and so is never used to protect another cell. A reader who knows the total and the cells shown
/// knows the sum of the suppressed cells, and, as zeros are always shown, that each suppressed cell is at least 1.
/// A suppressed cell is therefore determined exactly when it is the only one suppressed, or when the suppressed cells
/// add up to no more than their number (all of them 1). Secondary: while either holds, the smallest non-zero cell
/// still shown (the first such, on a tie) is suppressed too; if no such cell is left, the total is suppressed instead.
/// A total that is itself a small number is suppressed as one.
/// </para>
/// <para>
/// The reader is assumed to know any part of the total that no cell holds (such as "not recorded" published
/// elsewhere) and the counts of cells not available, so neither is relied on for protection. Each dimension is
/// protected on its own: dimensions that share a total (age and sex of the same cohort) do not reveal each other,
/// but a cross-tabulation (age by sex) or the same cells for a neighbouring period need protecting together, which
/// this does not do.
/// </para>
/// </summary>
public static class DimensionSuppression
{
    public static ProtectedDimension Apply(IEnumerable<DimensionCell> cells, long total, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(options);
        var all = cells.ToList();
        Check(all, total);
        var threshold = options.Threshold;
        bool Small(long count) => count >= 1 && count < threshold;

        var protection = all
            .Select(cell => cell.Count is not { } count ? CellProtection.NotAvailable : Small(count) ? CellProtection.Primary : CellProtection.Shown)
            .ToArray();
        var totalProtection = Small(total) ? CellProtection.Primary : CellProtection.Shown;

        while (totalProtection == CellProtection.Shown && Determined(all, protection))
        {
            var next = Enumerable.Range(0, all.Count)
                .Where(i => protection[i] == CellProtection.Shown && all[i].Count > 0)
                .OrderBy(i => all[i].Count)
                .ThenBy(i => i)
                .Select(i => (int?)i)
                .FirstOrDefault();
            if (next is { } index)
            {
                protection[index] = CellProtection.Secondary;
            }
            else
            {
                totalProtection = CellProtection.Secondary;
            }
        }

        var published = all
            .Select((cell, i) => new ProtectedCell(cell.Category, protection[i] == CellProtection.Shown ? cell.Count : null, protection[i]))
            .ToList();
        return new ProtectedDimension(published, totalProtection == CellProtection.Shown ? total : null, totalProtection);
    }

    // Suppressed cells are each at least 1 and their sum is known: one alone, or all of them 1, can be solved back.
    private static bool Determined(List<DimensionCell> cells, CellProtection[] protection)
    {
        var hidden = Enumerable.Range(0, cells.Count)
            .Where(i => protection[i] is CellProtection.Primary or CellProtection.Secondary)
            .Select(i => cells[i].Count!.Value)
            .ToList();
        return hidden.Count == 1 || (hidden.Count > 1 && hidden.Sum() == hidden.Count);
    }

    private static void Check(List<DimensionCell> cells, long total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        var categories = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var cell in cells)
        {
            ArgumentNullException.ThrowIfNull(cell, nameof(cells));
            ArgumentException.ThrowIfNullOrWhiteSpace(cell.Category, nameof(cells));
            if (!categories.Add(cell.Category))
            {
                throw new ArgumentException($"The category \"{cell.Category}\" is given twice in one dimension.", nameof(cells));
            }

            if (cell.Count < 0)
            {
                throw new ArgumentException($"The category \"{cell.Category}\" has a count below zero ({cell.Count}).", nameof(cells));
            }
        }

        var sum = cells.Sum(cell => cell.Count ?? 0);
        if (sum > total)
        {
            throw new ArgumentException($"The categories add up to {sum}, more than the dimension's total of {total}: the total or a category is wrong.", nameof(total));
        }
    }
}

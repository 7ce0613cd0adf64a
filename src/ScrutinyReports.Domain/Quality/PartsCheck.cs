using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;

namespace ScrutinyReports.Domain.Quality;

/// <summary>
/// Rule: for a count, the breakdown figures for a period (localities, teams, response-time buckets) must add up to the
/// whole-authority figure for that period, as shown: the sum of the parts, each rounded by
/// <see cref="Indicator.Round"/>, equals the rounded total. Only counts add up; percentages and rates of parts do not
/// sum to the whole, so the check takes count indicators only.
/// </summary>
/// <remarks>
/// A table whose parts do not add up is the first thing a panel member spots (complaints answered within the
/// timescale: 120 in the buckets against a total of 128), and either the total or a part is wrong. When any part is
/// suppressed or not available the check is skipped: its true figure is unknown, so a shortfall proves nothing, and
/// reading the blank as zero would be exactly the silent fix the system must not make. It is also skipped when the
/// total has no value or there are no parts. <see cref="Check"/> takes the parts of one dimension (localities, or age
/// bands, not both at once); <see cref="CheckEachDimension"/> sorts them by dimension and checks each that is complete.
/// </remarks>
public static class PartsCheck
{
    /// <summary>
    /// A warning for each dimension whose parts do not add up to the total. A declared dimension (<see cref="BreakdownDimensions"/>)
    /// is checked only when every category a complete set needs has a figure: the sum of some age bands says nothing
    /// about the total. A dimension nobody declared is checked with the parts given, taken as its whole list, as
    /// breakdowns were always checked before dimensions could be declared.
    /// </summary>
    /// <param name="indicator">A count indicator (<see cref="Unit.Count"/>).</param>
    /// <param name="total">The whole-authority figure (empty breakdown).</param>
    /// <param name="parts">Every breakdown figure for the same period, of any dimensions, each breakdown once, in the order to name them.</param>
    /// <param name="dimensions">The declared dimensions.</param>
    public static IReadOnlyList<DataQualityWarning> CheckEachDimension(Indicator indicator, Observation total, IReadOnlyList<Observation> parts, BreakdownDimensions dimensions)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(dimensions);
        var warnings = new List<DataQualityWarning>();
        foreach (var dimension in parts.GroupBy(part => Breakdown.FromStored(part.Breakdown).Dimension, StringComparer.Ordinal))
        {
            var group = dimension.ToList();
            if (dimensions.TryGet(dimension.Key, out var declared) &&
                !declared.IsComplete(group.Select(part => Breakdown.FromStored(part.Breakdown).Category)))
            {
                continue;
            }

            if (Check(indicator, total, group) is { } warning)
            {
                warnings.Add(warning);
            }
        }

        return warnings;
    }

    /// <summary>A warning when the parts do not add up to the total, or null when they do or cannot be checked.</summary>
    /// <param name="indicator">A count indicator (<see cref="Unit.Count"/>).</param>
    /// <param name="total">The whole-authority figure (empty breakdown).</param>
    /// <param name="parts">Every breakdown figure of one dimension for the same period, each breakdown once, in the order to name them.</param>
    public static DataQualityWarning? Check(Indicator indicator, Observation total, IReadOnlyList<Observation> parts)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(parts);
        if (indicator.Unit != Unit.Count)
        {
            throw new ArgumentException($"{indicator.Id} is measured in {indicator.Unit}; only counts add up to a total.", nameof(indicator));
        }

        if (!string.Equals(total.IndicatorId, indicator.Id, StringComparison.Ordinal) || total.Breakdown != Observation.WholeAuthority)
        {
            throw new ArgumentException($"The total must be {indicator.Id}'s whole-authority figure.", nameof(total));
        }

        CheckParts(total, parts);
        if (parts.Count == 0 || total.Value is not { } totalValue || parts.Any(part => !part.HasValue))
        {
            return null;
        }

        var shownTotal = indicator.Round(totalValue);
        var sum = parts.Sum(part => indicator.Round(part.Value!.Value));
        if (sum == shownTotal)
        {
            return null;
        }

        var dimension = Breakdown.FromStored(parts[0].Breakdown).Dimension;
        var listed = string.Join(", ", parts.Select(part => $"{Breakdown.FromStored(part.Breakdown).Category} {WarningText.Shown(part.Value!.Value, indicator)}"));
        var whole = parts.Count == 1
            ? $"the only {dimension} figure ({listed}) comes to {WarningText.Shown(sum, indicator)}"
            : $"the {parts.Count} {dimension} figures ({listed}) add up to {WarningText.Shown(sum, indicator)}";
        var message =
            $"{WarningText.Subject(indicator, Observation.WholeAuthority, total.Period)}: {whole} " +
            $"but the whole-authority total is {WarningText.Shown(shownTotal, indicator)}, " +
            $"a difference of {WarningText.Shown(Math.Abs(shownTotal - sum), indicator)}.";
        return DataQualityWarning.For(DataQualityWarningKind.PartsDoNotAddUp, total, message);
    }

    private static void CheckParts(Observation total, IReadOnlyList<Observation> parts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? dimension = null;
        foreach (var part in parts)
        {
            ArgumentNullException.ThrowIfNull(part, nameof(parts));
            if (!string.Equals(part.IndicatorId, total.IndicatorId, StringComparison.Ordinal) || part.Period != total.Period)
            {
                throw new ArgumentException($"Every part must be {total.IndicatorId} for {total.Period}; {part.IndicatorId} for {part.Period} is not.", nameof(parts));
            }

            if (part.Breakdown == Observation.WholeAuthority || !seen.Add(part.Breakdown))
            {
                throw new ArgumentException($"Each part must name a breakdown once; \"{part.Breakdown}\" does not.", nameof(parts));
            }

            var partDimension = Breakdown.FromStored(part.Breakdown).Dimension;
            if ((dimension ??= partDimension) != partDimension)
            {
                throw new ArgumentException($"The parts must be of one dimension; {dimension} and {partDimension} are two (see {nameof(CheckEachDimension)}).", nameof(parts));
            }
        }
    }
}

using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Reports.Breakdowns;

/// <summary>
/// The sentence about a funnel comparison. It names only units outside the 99.8% limits: with many units, some lie
/// outside the 95% limits by chance alone. Whether above is worse or better is the indicator's polarity; a neutral
/// indicator is only said to be higher or lower. Units are never ranked.
/// </summary>
public static class BreakdownWording
{
    private static readonly HashSet<string> PlaceDimensions = new(StringComparer.Ordinal) { Breakdown.DefaultDimension, "locality", "ward", "area", "hub" };

    public static string Describe(Indicator indicator, string dimension, FunnelAnalysis? funnel, IReadOnlyList<BreakdownRow> rows)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(rows);
        if (funnel is null || funnel.Points.Count == 0)
        {
            return string.Empty;
        }

        var sentences = new List<string>();
        foreach (var point in funnel.Outliers)
        {
            var row = rows.First(r => r.Category == point.Name);
            var above = point.Position == FunnelPosition.Above998;
            var judgement = indicator.Polarity switch
            {
                Polarity.HigherIsBetter => above ? "better" : "worse",
                Polarity.LowerIsBetter => above ? "worse" : "better",
                _ => above ? "higher" : "lower",
            };
            var value = row.Value is { } v ? $", {ValueFormatter.Value(v, indicator)}," : string.Empty;
            sentences.Add($"{Owner(dimension, point.Name)} {Measure(indicator)}{value} is {(above ? "above the upper" : "below the lower")} 99.8% limit: {judgement} than chance variation would explain.");
        }

        return sentences.Count > 0
            ? string.Join(' ', sentences)
            : $"No {Plural(dimension)} is outside the 99.8% limits: the differences are within what chance variation would explain.";
    }

    private static string Owner(string dimension, string category) =>
        PlaceDimensions.Contains(dimension) ? $"The {category} {dimension}'s" : $"The {category} {dimension} group's";

    private static string Plural(string dimension) => PlaceDimensions.Contains(dimension) ? dimension : $"{dimension} group";

    // "Re-referrals within 12 months" reads as "re-referrals within 12 months"; an acronym ("CIN plans") keeps its capitals.
    private static string Measure(Indicator indicator)
    {
        var name = indicator.Name;
        return name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
    }
}

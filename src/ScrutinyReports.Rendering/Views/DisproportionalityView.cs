using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Reports.Breakdowns;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Rendering.Views;

/// <summary>
/// A breakdown by age band or sex set against the child population, as the pack shows it under the breakdown: what is
/// compared and with which estimate, a table of shares, ratios and intervals with the verdict in words, and notes for
/// groups not compared (no population estimate, suppressed) or why nothing is.
/// </summary>
public sealed class DisproportionalityView
{
    public const string Title = "Compared with the child population";

    public DisproportionalityView(Indicator indicator, BreakdownDisproportionality part, string dimension, string period, string anchor)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(part);
        var estimate = part.EstimateYear is { } year ? $"mid-{year}" : "no";
        Anchor = anchor;
        var cohort = indicator.Unit == Unit.Count ? Lower(indicator.Name) : $"the children counted in {Lower(indicator.Name)}";
        Introduction = part.EstimateYear is null
            ? string.Empty
            : $"Each group's share of {cohort} ({period}) against its share of the children aged 0 to 17 in the {estimate} population estimate the council " +
              $"supplied ({part.PopulationSource}). A ratio of 1 means a group makes up as much of {cohort} as of the child population; 2 means twice as much. " +
              "A group is called over- or under-represented only when the whole 95% confidence interval lies above or below 1.";
        var over = part.Groups.Where(g => g.Representation == Representation.Over).Select(g => g.Name).ToList();
        var under = part.Groups.Where(g => g.Representation == Representation.Under).Select(g => g.Name).ToList();
        Summary = part.Groups.Count == 0 ? string.Empty
            : over.Count + under.Count == 0 ? $"No {dimension} group differs from its share of the child population by more than chance would explain."
            : string.Join(" ", new[] { over.Count > 0 ? $"Over-represented: {Listed(over)}." : null, under.Count > 0 ? $"Under-represented: {Listed(under)}." : null }.OfType<string>());
        Caption = $"{indicator.Name} by {dimension}, {period}, against the {estimate} child population";
        Rows = part.Groups.Select(group => new DisproportionalityRowView(
            group.Name,
            ValueFormatter.Number(group.Count, 0),
            Percent(group.CohortShare),
            Percent(group.PopulationShare),
            Ratio(group.Ratio),
            $"{Ratio(group.Interval.Lower)} to {Ratio(group.Interval.Upper)}",
            Verdict(group.Representation),
            group.Representation != Representation.InLine)).ToList();
        var notes = new List<string>();
        if (part.Withheld is { } why)
        {
            notes.Add($"Not compared with the child population: {why}.");
        }

        if (part.Suppressed.Count > 0)
        {
            notes.Add($"Not shown: {Listed(part.Suppressed)}, whose figure{(part.Suppressed.Count == 1 ? " is" : "s are")} suppressed; a share or ratio would give it away. " +
                      "The shares of the other groups still count every child.");
        }

        foreach (var group in part.WithoutBase)
        {
            var count = group.Suppressed ? "suppressed" : group.Count is { } c ? $"{ValueFormatter.Number(c, 0)} {(c == 1 ? "child" : "children")}" : "no count";
            notes.Add($"{group.Category} ({count}) is not compared: the population estimates have no such group, so it is left out of the shares.");
        }

        Notes = notes;
    }

    public string Anchor { get; }

    public string Introduction { get; }

    /// <summary>The groups over- and under-represented, named; empty when none is compared.</summary>
    public string Summary { get; }

    public bool HasTable => Rows.Count > 0;

    public string Caption { get; }

    public IReadOnlyList<DisproportionalityRowView> Rows { get; }

    public IReadOnlyList<string> Notes { get; }

    public static string Verdict(Representation representation) => representation switch
    {
        Representation.Over => "Over-represented",
        Representation.Under => "Under-represented",
        _ => "In line with the population",
    };

    private static string Percent(double share) => ValueFormatter.Number(Math.Round((decimal)share, 1, MidpointRounding.AwayFromZero), 1) + "%";

    private static string Ratio(double ratio) => ValueFormatter.Number(Math.Round((decimal)ratio, 2, MidpointRounding.AwayFromZero), 2);

    // "Children looked after" reads "children looked after" mid-sentence; an acronym (CAMHS) keeps its case.
    private static string Lower(string name) => name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static string Listed(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}

/// <summary>A group's row of the comparison, every figure as text with its unit.</summary>
public sealed record DisproportionalityRowView(string Category, string Count, string CohortShare, string PopulationShare, string Ratio, string Interval,
    string Verdict, bool Differs);

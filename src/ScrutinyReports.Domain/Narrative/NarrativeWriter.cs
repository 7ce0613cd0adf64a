using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Statistics.Spc;

namespace ScrutinyReports.Domain.Narrative;

/// <summary>
/// Writes the one plain-English sentence a report gives each indicator. The rules come from what inspectors
/// found missing and what the seeds got wrong: every figure has its period; a change runs from the earlier
/// figure to the later one; percentages change in percentage points; neutral indicators only rise or fall;
/// a missing or suppressed figure is said to be so, never treated as zero; a change since the previous period that the
/// indicator's SPC chart shows to be usual variation says so (see <see cref="UsualVariation"/>).
/// </summary>
public static class NarrativeWriter
{
    /// <param name="spc">The indicator's SPC chart, when it has one; it decides whether the change since the previous period is usual variation.</param>
    public static string Describe(IndicatorAnalysis analysis, SpcAnalysis? spc = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var name = analysis.Indicator.Name;
        var period = analysis.Indicator.PeriodLabel(analysis.Period);
        return analysis.Current switch
        {
            null => $"No figure for {Lower(name)} has been received for {period}.",
            { Status: ObservationStatus.Suppressed } => $"The {period} figure for {Lower(name)} is suppressed because it rests on small numbers.",
            { Status: ObservationStatus.NotAvailable } => $"The {period} figure for {Lower(name)} is not yet available.",
            _ => DescribeValue(analysis, spc),
        };
    }

    private static string DescribeValue(IndicatorAnalysis analysis, SpcAnalysis? spc)
    {
        var clauses = new List<string> { MainClause(analysis, spc) };
        if (analysis.YearAgo.Period != analysis.Previous.Period && YearClause(analysis) is { } year)
        {
            clauses.Add(year);
        }

        if (analysis.Target is { } target)
        {
            clauses.Add(TargetClause(target, analysis.Indicator));
        }

        return string.Join("; ", clauses) + ".";
    }

    private static string MainClause(IndicatorAnalysis analysis, SpcAnalysis? spc)
    {
        var indicator = analysis.Indicator;
        var now = Shown(analysis.Value!.Value, analysis.Current!, indicator);
        var period = indicator.PeriodLabel(analysis.Period);
        var previous = analysis.Previous;
        var before = indicator.PeriodLabel(previous.Period);
        if (!previous.IsComparable)
        {
            return $"{indicator.Name} was {now} in {period}; {NoComparison(previous, indicator)}";
        }

        var then = Shown(previous.EarlierValue!.Value, previous.Earlier!, indicator);
        var usual = UsualVariation.Covers(analysis, spc) ? ", " + UsualVariation.Phrase(indicator.Frequency) : string.Empty;
        return previous.Direction switch
        {
            Direction.Unchanged => $"{indicator.Name} was unchanged at {now} in {period}, the same as in {before}",
            _ => $"{indicator.Name} {Verb(previous.Direction)} from {then} in {before} to {now} in {period}, {Movement(previous, indicator)}{usual}",
        };
    }

    private static string? YearClause(IndicatorAnalysis analysis)
    {
        var yearAgo = analysis.YearAgo;
        if (!yearAgo.IsComparable)
        {
            return null;
        }

        var indicator = analysis.Indicator;
        var then = Shown(yearAgo.EarlierValue!.Value, yearAgo.Earlier!, indicator);
        var when = indicator.PeriodLabel(yearAgo.Period);
        return yearAgo.Direction switch
        {
            Direction.Unchanged => $"it is the same as a year earlier ({then} in {when})",
            Direction.Improved or Direction.Worsened => $"over the year it has {Verb(yearAgo.Direction)} from {then} in {when}, {Movement(yearAgo, indicator)}",
            _ => $"over the year it has {(yearAgo.Direction == Direction.Increased ? "risen" : "fallen")} from {then} in {when}, {Movement(yearAgo, indicator)}",
        };
    }

    private static string TargetClause(TargetAssessment assessment, Indicator indicator) =>
        (assessment.Met && !assessment.Target.IsRange ? "this " : "this is ") + TargetWording.Standing(assessment, indicator);

    private static string NoComparison(PeriodComparison comparison, Indicator indicator) => comparison.Earlier switch
    {
        null => $"no figure was received for {indicator.PeriodLabel(comparison.Period)}, so there is no comparison with it",
        { Status: ObservationStatus.Suppressed } => $"the {indicator.PeriodLabel(comparison.Period)} figure is suppressed, so no comparison can be made",
        _ => $"the {indicator.PeriodLabel(comparison.Period)} figure is not available, so no comparison can be made",
    };

    // The relative change is worded ("a rise of 3, or 23.1%") rather than bracketed: the pack keeps brackets for
    // a figure's status, such as (provisional), and a bracketed percentage after a percentage reads as a second figure.
    internal static string Movement(PeriodComparison comparison, Indicator indicator)
    {
        var change = comparison.Change!.Value;
        var relative = comparison.RelativeChange is { } percent ? $", or {ValueFormatter.Number(Math.Abs(percent), 1)}%" : string.Empty;
        return $"{(change > 0 ? "a rise" : "a fall")} of {ValueFormatter.Change(change, indicator)}{relative}";
    }

    internal static string Verb(Direction direction) => direction switch
    {
        Direction.Improved => "improved",
        Direction.Worsened => "worsened",
        Direction.Increased => "rose",
        Direction.Decreased => "fell",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Only a movement has a verb."),
    };

    internal static string Shown(decimal value, Observation observation, Indicator indicator) =>
        ValueFormatter.Value(value, indicator) + (observation.Status == ObservationStatus.Provisional ? " (provisional)" : string.Empty);

    internal static string Lower(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
}

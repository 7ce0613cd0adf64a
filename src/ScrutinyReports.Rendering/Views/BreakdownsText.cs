namespace ScrutinyReports.Rendering.Views;

/// <summary>The wording of the breakdowns part shared by the HTML and the PDF, and what it shows for the glossary.</summary>
internal static class BreakdownsText
{
    public const string Title = "Breakdowns by team, area and group";

    public const string Introduction =
        "Some indicators are broken down by team, area or group of children. Each table lists the categories in their own order, never ranked on their figures: " +
        "a small team's figure swings more by chance than a large one's. Where the figure is a percentage or rate with its counts, a funnel plot compares each category " +
        "fairly with the whole authority: limits that narrow as the numbers grow show how far a figure may stray by chance alone. Only a category outside the 99.8% " +
        "limits is written about; with many categories, one or two are expected outside the 95% limits by chance.";

    public static IEnumerable<string> Shown(BreakdownView view) =>
    [
        view.Heading, view.Narrative, view.TableCaption, view.FunnelCaption, .. view.Notes, .. view.FunnelLegend,
        .. view.Rows.SelectMany(r => new[] { r.Category, r.Latest, r.Change, r.Counts, r.Position }),
    ];
}

using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ScrutinyReports.Pipeline.Tests.Reports.Print;
using UglyToad.PdfPig;

namespace ScrutinyReports.Pipeline.Tests.Reports.Breakdowns;

/// <summary>
/// Eight undeclared teams by five indicators over 24 months, with age and sex, from upload to a public report.json:
/// the one team built to lie outside its 99.8% limits is the only one flagged, and the small cells are withheld in a
/// pattern the published total and cells cannot undo, in report.json, report.html and report.pdf alike.
/// </summary>
public sealed class BreakdownPackEndToEndTests(PublishedBreakdownPack pack) : IClassFixture<PublishedBreakdownPack>
{
    private static readonly string[] Outside = ["above_99_8", "below_99_8"];

    private IEnumerable<(string Indicator, JsonElement Section)> Sections =>
        pack.Json.RootElement.GetProperty("indicators").EnumerateArray()
            .SelectMany(i => i.GetProperty("breakdowns").EnumerateArray().Select(s => (i.GetProperty("id").GetString()!, s)));

    private JsonElement Indicator(string id) =>
        pack.Json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    private static List<JsonElement> Rows(JsonElement section) => [.. section.GetProperty("categories").EnumerateArray()];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsNull(JsonElement element, string name) => !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null;

    [Fact]
    public void Upload_IsAccepted_WithoutAPartsWarning()
    {
        Assert.StartsWith("accepted teams-and-characteristics.csv", pack.Ingest.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("add up", pack.Ingest.Output + pack.Ingest.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_HasEverySectionAskedFor_TeamsInNaturalOrder()
    {
        Assert.Equal("public", pack.Json.RootElement.GetProperty("audience").GetString());
        Assert.Equal(
            ["ASSESS_45D team", "CIN_SEEN_5D team", "CLA_COUNT age", "CLA_COUNT sex", "CLA_COUNT team", "CLA_RATE team", "REREFERRALS_12M team"],
            Sections.Select(s => $"{s.Indicator} {s.Section.GetProperty("dimension").GetString()}").Order(StringComparer.Ordinal));
        Assert.All(Sections.Where(s => s.Section.GetProperty("dimension").GetString() == "team"),
            s => Assert.Equal(BreakdownPackUpload.Teams, Rows(s.Section).Select(r => r.GetProperty("category").GetString())));
        Assert.All(Sections, s => Assert.Equal(BreakdownPackUpload.Latest.Code, s.Section.GetProperty("period").GetString()));
    }

    [Fact]
    public void OnlyTheTeamBuiltToBeOutsideItsLimits_IsFlagged()
    {
        var flagged = Sections.SelectMany(s => Rows(s.Section).Where(r => Outside.Contains(Text(r, "flag"))).Select(r => $"{s.Indicator} {r.GetProperty("category").GetString()} {Text(r, "flag")}"));

        Assert.Equal([$"{BreakdownPackUpload.FlaggedIndicator} {BreakdownPackUpload.FlaggedTeam} above_99_8"], flagged);
        var section = Sections.Single(s => s.Indicator == BreakdownPackUpload.FlaggedIndicator).Section;
        Assert.Contains(BreakdownPackUpload.FlaggedTeam, section.GetProperty("narrative").GetString(), StringComparison.Ordinal);
        // Every team shown on a funnel has its limits; the team flagged is above its upper 99.8% limit.
        var team = Rows(section).Single(r => r.GetProperty("category").GetString() == BreakdownPackUpload.FlaggedTeam);
        Assert.True(team.GetProperty("value").GetDouble() > team.GetProperty("upper998").GetDouble());
    }

    [Theory]
    [InlineData("ASSESS_45D", "team", "numerator")]
    [InlineData("CLA_COUNT", "age", "value")]
    public void SmallCells_AreWithheldWithASecondCell_AndCannotBeWorkedOutFromTheTotal(string indicatorId, string dimension, string counted)
    {
        var section = Sections.Single(s => s.Indicator == indicatorId && s.Section.GetProperty("dimension").GetString() == dimension).Section;
        var rows = Rows(section);
        var hidden = rows.Where(r => Text(r, "status") == "suppressed").ToList();

        Assert.True(hidden.Count >= 2, $"{indicatorId} by {dimension}: {hidden.Count} cell withheld; one alone is the total less the rest");
        Assert.All(hidden, r => Assert.True(IsNull(r, "value") && IsNull(r, "numerator") && IsNull(r, "denominator") && IsNull(r, "change") && IsNull(r, "flag"),
            $"{r.GetProperty("category").GetString()} is withheld but carries a figure: {r}"));
        var small = indicatorId == "ASSESS_45D" ? BreakdownPackUpload.SmallTeam : "Under 1 year";
        Assert.Contains(hidden, r => r.GetProperty("category").GetString() == small);

        // A reader knows the total and the cells shown, and that a withheld cell is at least 1 (zeros are shown):
        // the withheld cells are pinned down only when their sum is no more than their number.
        var total = Indicator(indicatorId).GetProperty(counted).GetDecimal();
        var shown = rows.Except(hidden).Sum(r => r.GetProperty(counted).GetDecimal());
        Assert.True(total - shown > hidden.Count, $"{indicatorId} by {dimension}: the {hidden.Count} withheld cells add up to {total - shown}");
        Assert.True(rows.Except(hidden).All(r => r.GetProperty(counted).GetDecimal() is 0 or >= 5), "a small count is shown");
    }

    [Fact]
    public void DimensionsWithoutSmallCells_ShowEveryCell()
    {
        var withheld = Sections.Where(s => Rows(s.Section).Any(r => Text(r, "status") == "suppressed"))
            .Select(s => $"{s.Indicator} {s.Section.GetProperty("dimension").GetString()}");

        Assert.Equal(["ASSESS_45D team", "CLA_COUNT age"], withheld.Order(StringComparer.Ordinal));
    }

    private IDocument Html() => new HtmlParser().ParseDocument(File.ReadAllText(pack.HtmlPath));

    private string Name(string indicatorId) => Indicator(indicatorId).GetProperty("name").GetString()!;

    // A breakdown's anchor is built from the indicator id and dimension, lower case with hyphens.
    private static IElement Section(IDocument document, string indicatorId, string dimension) =>
        document.GetElementById($"breakdown-{indicatorId.ToLowerInvariant().Replace('_', '-')}-{dimension}")?.ParentElement
        ?? throw new InvalidOperationException($"No breakdown of {indicatorId} by {dimension} in report.html.");

    private static Dictionary<string, List<string>> TableRows(IElement section) =>
        section.QuerySelector("table.breakdown-table")!.QuerySelectorAll("tbody tr")
            .ToDictionary(tr => tr.QuerySelector("th")!.TextContent.Trim(), tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList());

    [Fact]
    public void Html_NamesOnlyTheFlaggedTeam_AndMarksItOutsideThe998Limits()
    {
        var document = Html();
        var section = Section(document, BreakdownPackUpload.FlaggedIndicator, "team");

        var narrative = Assert.Single(section.QuerySelectorAll("p").Select(p => p.TextContent), p => p.Contains("99.8%", StringComparison.Ordinal));
        Assert.Contains($"The {BreakdownPackUpload.FlaggedTeam} team's", narrative, StringComparison.Ordinal);
        Assert.DoesNotContain(BreakdownPackUpload.Teams.Where(t => t != BreakdownPackUpload.FlaggedTeam), team => narrative.Contains(team + " ", StringComparison.Ordinal));
        var rows = TableRows(section);
        Assert.Equal(BreakdownPackUpload.Teams, rows.Keys);
        Assert.Equal("▲ Outside the 99.8% limits (above)", rows[BreakdownPackUpload.FlaggedTeam][^1]);
        Assert.Equal([BreakdownPackUpload.FlaggedTeam], section.QuerySelectorAll("table.breakdown-table tr.outlier th").Select(th => th.TextContent.Trim()));
        // No other breakdown in the pack marks a unit outside its 99.8% limits.
        Assert.Single(document.QuerySelectorAll("table.breakdown-table tr.outlier"));
    }

    [Theory]
    [InlineData("ASSESS_45D", "team", BreakdownPackUpload.SmallTeam)]
    [InlineData("CLA_COUNT", "age", "Under 1 year")]
    public void Html_SuppressedCells_ShowTheWordAndNoNumber(string indicatorId, string dimension, string small)
    {
        var rows = TableRows(Section(Html(), indicatorId, dimension));
        var hidden = rows.Where(r => r.Value[0].StartsWith("Suppressed", StringComparison.Ordinal)).ToDictionary();

        Assert.Equal("Suppressed (small numbers)", hidden[small][0]);
        Assert.Contains(hidden.Values, cells => cells[0] == "Suppressed (protects another figure)");
        Assert.Equal(Sections.Single(s => s.Indicator == indicatorId && s.Section.GetProperty("dimension").GetString() == dimension).Section
                .GetProperty("categories").EnumerateArray().Where(r => Text(r, "status") == "suppressed").Select(r => r.GetProperty("category").GetString()),
            hidden.Keys);
        Assert.All(hidden, row => Assert.All(row.Value, cell => Assert.False(Regex.IsMatch(cell, "[0-9]"), $"{row.Key}: \"{cell}\" shows a number")));
    }

    [Fact]
    public void Pdf_NamesTheFlaggedTeamOutsideThe998Limits_AndWithholdsTheSmallCellsInWords()
    {
        using var pdf = PdfDocument.Open(pack.PdfPath);
        var text = string.Join(" ", pdf.GetPages().Select(PdfText.OfPage));
        var part = text[text.IndexOf("Breakdowns by team, area and group", text.IndexOf("Breakdowns by team, area and group", StringComparison.Ordinal) + 1, StringComparison.Ordinal)..];

        var headings = Sections.Select(x => $"{Name(x.Indicator)} by {x.Section.GetProperty("dimension").GetString()}").ToList();

        // From a breakdown's heading to the next breakdown's heading (or the end of the part); its own heading may recur,
        // in the funnel plot's title.
        string Breakdown(string indicatorId, string dimension)
        {
            var heading = $"{Name(indicatorId)} by {dimension}";
            var start = part.IndexOf(heading, StringComparison.Ordinal);
            Assert.True(start >= 0, $"report.pdf has no breakdown \"{heading}\"");
            var next = headings.Where(h => h != heading).Select(h => part.IndexOf(h, start + heading.Length, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(part.Length).Min();
            return part[start..next];
        }

        var flagged = Breakdown(BreakdownPackUpload.FlaggedIndicator, "team");
        Assert.Contains($"The {BreakdownPackUpload.FlaggedTeam} team's", flagged, StringComparison.Ordinal);
        Assert.Contains("Outside the 99.8% limits (above)", flagged, StringComparison.Ordinal);
        foreach (var (indicator, section) in Sections.Where(x => x.Indicator != BreakdownPackUpload.FlaggedIndicator))
        {
            Assert.DoesNotContain("Outside the 99.8% limits", Breakdown(indicator, section.GetProperty("dimension").GetString()!), StringComparison.Ordinal);
        }

        var assessments = Breakdown("ASSESS_45D", "team");
        Assert.Matches($"{BreakdownPackUpload.SmallTeam} Suppressed \\(small numbers\\) Not shown \\(suppressed\\) Suppressed", assessments);
        Assert.Contains("Suppressed (protects another figure)", assessments, StringComparison.Ordinal);
        Assert.DoesNotContain("3 out of 4", assessments, StringComparison.Ordinal);
        Assert.Contains("Under 1 year Suppressed (small numbers)", Breakdown("CLA_COUNT", "age"), StringComparison.Ordinal);
    }
}

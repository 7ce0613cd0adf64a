using System.Text.Json;

namespace ScrutinyReports.Pipeline.Tests.Reports.Breakdowns;

/// <summary>
/// Eight undeclared teams by five indicators over 24 months, with age and sex, from upload to a public report.json:
/// the one team built to lie outside its 99.8% limits is the only one flagged, and the small cells are withheld in a
/// pattern the published total and cells cannot undo.
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
}

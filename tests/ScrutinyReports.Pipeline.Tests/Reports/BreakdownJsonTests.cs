using System.Text.Json;
using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Pipeline.Tests.Reports;

public sealed class BreakdownJsonTests : PipelineFixture
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2019, 9);

    // Whole authority 80% (800 of 1,000); North 130 of 200 (65%) is below the lower 99.8% limit at n = 200
    // (80 − 3.09 × √(0.8 × 0.2 / 200) = 71.3%); East, 342 of 400 (85.5%), is above the upper 95% limit only
    // (80 + 1.96 × 2 = 83.9%, 80 + 3.09 × 2 = 86.2%), so the narrative does not name it.
    private const string Upload = """
        indicator,period,breakdown,value,numerator,denominator
        CIN_SEEN_5D,2019-09,,80.0,800,1000
        CIN_SEEN_5D,2019-09,North,65.0,130,200
        CIN_SEEN_5D,2019-09,South,82.0,328,400
        CIN_SEEN_5D,2019-09,East,85.5,342,400
        CIN_SEEN_5D,2019-08,North,70.0,140,200
        CLA_COUNT,2019-09,,40,,
        CLA_COUNT,2019-09,North,3,,
        CLA_COUNT,2019-09,South,17,,
        CLA_COUNT,2019-09,East,20,,
        """;

    private async Task<JsonElement> PublishAsync(Audience audience, params PanelBreakdown[] breakdowns)
    {
        await Store.Catalogue.SaveDeclaredDimensionsAsync([new BreakdownDimension("team", [new BreakdownCategory("North"), new BreakdownCategory("South"), new BreakdownCategory("East")])]);
        await Store.Panels.SaveAsync(new Panel("cypf", "Children's panel") { Audience = audience, Breakdowns = breakdowns.Length == 0 ? null : breakdowns });
        await IngestCsvAsync(Upload);
        var published = await Publisher.PublishAsync(September, "cypf");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(published.JsonPath));
        return json.RootElement.Clone();
    }

    private static JsonElement Indicator(JsonElement root, string id) =>
        root.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    [Fact]
    public async Task Publish_BreakdownsConfigured_WritesEachCategoryWithItsLimitsAndFlag()
    {
        var root = await PublishAsync(Audience.Internal, new PanelBreakdown("CIN_SEEN_5D", ["team"]));

        var section = Assert.Single(Indicator(root, "CIN_SEEN_5D").GetProperty("breakdowns").EnumerateArray());
        Assert.Equal(("team", "2019-09"), (section.GetProperty("dimension").GetString(), section.GetProperty("period").GetString()));
        var categories = section.GetProperty("categories").EnumerateArray().ToList();
        Assert.Equal(["North", "South", "East"], categories.Select(c => c.GetProperty("category").GetString()));
        var north = categories[0];
        Assert.Equal((65.0m, 130m, 200m, -5.0m), (north.GetProperty("value").GetDecimal(), north.GetProperty("numerator").GetDecimal(), north.GetProperty("denominator").GetDecimal(), north.GetProperty("change").GetDecimal()));
        Assert.Equal(("validated", "below_99_8"), (north.GetProperty("status").GetString(), north.GetProperty("flag").GetString()));
        Assert.Equal(71.26m, north.GetProperty("lower998").GetDecimal());
        Assert.True(north.GetProperty("lower95").GetDecimal() > north.GetProperty("lower998").GetDecimal());
        Assert.True(north.GetProperty("upper998").GetDecimal() > north.GetProperty("upper95").GetDecimal());
        Assert.Equal(["within", "above_95"], new[] { categories[1], categories[2] }.Select(c => c.GetProperty("flag").GetString()));
        Assert.Equal(JsonValueKind.Null, categories[2].GetProperty("change").ValueKind);
        Assert.Equal("The North team's children seen within 5 working days, 65.0%, is below the lower 99.8% limit: worse than chance variation would explain.",
            section.GetProperty("narrative").GetString());
        Assert.Empty(Indicator(root, "CLA_COUNT").GetProperty("breakdowns").EnumerateArray());
    }

    [Fact]
    public async Task Publish_PublicBreakdownOfCounts_CarriesSuppressedCellsWithStatusAndNoValue()
    {
        var root = await PublishAsync(Audience.Public, new PanelBreakdown("CLA_COUNT", ["team"]));

        var section = Assert.Single(Indicator(root, "CLA_COUNT").GetProperty("breakdowns").EnumerateArray());
        var byName = section.GetProperty("categories").EnumerateArray().ToDictionary(c => c.GetProperty("category").GetString()!);
        foreach (var hidden in new[] { "North", "South" })
        {
            Assert.Equal("suppressed", byName[hidden].GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, byName[hidden].GetProperty("value").ValueKind);
        }

        Assert.Equal(20m, byName["East"].GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, byName["East"].GetProperty("flag").ValueKind);
        Assert.Equal(JsonValueKind.Null, section.GetProperty("funnel").ValueKind);
    }

    [Fact]
    public async Task Publish_ChangedTeamFigure_MakesANewVersionThatSaysTheBreakdownChanged()
    {
        var first = await PublishAsync(Audience.Internal, new PanelBreakdown("CIN_SEEN_5D", ["team"]));
        await IngestCsvAsync("indicator,period,breakdown,value,numerator,denominator\nCIN_SEEN_5D,2019-09,South,82.5,330,400\n");

        var second = await Publisher.PublishAsync(September, "cypf");

        Assert.True(second.IsNewVersion);
        Assert.NotEqual(first.GetProperty("inputFingerprint").GetString(), second.Report.InputFingerprint);
        Assert.Contains(second.Report.ChangesSincePrevious!.Changes, change => (change.IndicatorId, change.Field) == ("CIN_SEEN_5D", "breakdowns"));
    }

    [Fact]
    public async Task Publish_StoredPanelWithBreakdowns_RoundTripsThroughTheStore()
    {
        await Store.Panels.SaveAsync(new Panel("cypf", "Children's panel") { Breakdowns = [new PanelBreakdown("CLA_COUNT", ["team", "sex"])] });

        var stored = (await Store.Panels.ListAsync()).Single(p => p.Id == "cypf");

        Assert.Equal(["team", "sex"], stored.Breakdowns!.Single().Dimensions);
    }
}

using System.Text;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Panels;

namespace ScrutinyReports.Pipeline.Tests.Panels;

public class PanelBreakdownsTests
{
    [Fact]
    public void Read_Breakdowns_NamesEachIndicatorsDimensionsInOrderWithTheCataloguesSpelling()
    {
        var result = Read("""{"id": "cypf", "name": "x", "breakdowns": [{"indicator": "cin_seen_5d", "dimensions": ["team", "age"]}, {"indicator": "CLA_COUNT", "dimensions": ["sex"]}]}""");

        var breakdowns = result.Panel!.Breakdowns!;
        Assert.Equal(["CIN_SEEN_5D", "CLA_COUNT"], breakdowns.Select(b => b.Indicator));
        Assert.Equal(["team", "age"], breakdowns[0].Dimensions);
        Assert.Equal(["sex"], breakdowns[1].Dimensions);
    }

    [Fact]
    public void Read_NoBreakdowns_LeavesThemNull()
    {
        Assert.Null(Read("""{"id": "cypf", "name": "x", "breakdowns": []}""").Panel!.Breakdowns);
        Assert.Null(Read("""{"id": "cypf", "name": "x"}""").Panel!.Breakdowns);
    }

    [Fact]
    public void Read_WithoutACatalogue_TakesAnyIndicatorId()
    {
        var panel = PanelReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("""{"id": "cypf", "name": "x", "breakdowns": [{"indicator": "LOCAL_ONE", "dimensions": ["team"]}]}""")), "panel.json").Panel!;

        Assert.Equal("LOCAL_ONE", Assert.Single(panel.Breakdowns!).Indicator);
    }

    [Theory]
    [InlineData("""[{"indicator": "NOT_AN_INDICATOR", "dimensions": ["team"]}]""", "panel.json (breakdowns[0].indicator): unknown indicator \"NOT_AN_INDICATOR\"")]
    [InlineData("""[{"dimensions": ["team"]}]""", "panel.json (breakdowns[0].indicator): expected the id of an indicator")]
    [InlineData("""[{"indicator": "CLA_COUNT"}]""", "panel.json (breakdowns[0].dimensions): expected a list of at least one dimension")]
    [InlineData("""[{"indicator": "CLA_COUNT", "dimensions": []}]""", "panel.json (breakdowns[0].dimensions): expected a list of at least one dimension")]
    [InlineData("""[{"indicator": "CLA_COUNT", "dimensions": ["team", "Age Band"]}]""", "panel.json (breakdowns[0].dimensions[1]): expected a dimension name")]
    [InlineData("""[{"indicator": "CLA_COUNT", "dimensions": ["team", "team"]}]""", "panel.json (breakdowns[0].dimensions[1]): \"team\" is given twice")]
    [InlineData("""[{"indicator": "CLA_COUNT", "dimensions": ["team"]}, {"indicator": "cla_count", "dimensions": ["age"]}]""", "panel.json (breakdowns[1].indicator): \"cla_count\" is given twice")]
    [InlineData("""[null]""", "panel.json (breakdowns[0]): expected an indicator and its dimensions")]
    [InlineData("""{"indicator": "CLA_COUNT"}""", "panel.json, line 1, column")]
    [InlineData("""[{"indicator": "CLA_COUNT", "dimension": ["team"]}]""", "panel.json, line 1, column")]
    [InlineData("""[{"indicator": "CLA_COUNT", "dimensions": "team"}]""", "panel.json, line 1, column")]
    public void Read_BadBreakdowns_SaysWhereAndWhat(string breakdowns, string expected)
    {
        var result = Read($$"""{"id": "cypf", "name": "x", "breakdowns": {{breakdowns}}}""");

        Assert.Null(result.Panel);
        Assert.Contains(result.Errors, error => error.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WrongShape_SaysWhatTheFieldExpects()
    {
        var result = Read("""{"id": "cypf", "name": "x", "breakdowns": [{"indicator": "CLA_COUNT", "dimensions": "team"}]}""");

        Assert.Contains("breakdowns[0].dimensions", result.Errors.Single(), StringComparison.Ordinal);
        Assert.Contains("a list of text items", result.Errors.Single(), StringComparison.Ordinal);
    }

    private static PanelReadResult Read(string json) => PanelReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "panel.json", Figures.SmallCatalogue);
}

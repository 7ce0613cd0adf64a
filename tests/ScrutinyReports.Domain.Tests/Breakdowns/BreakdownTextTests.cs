using ScrutinyReports.Domain.Breakdowns;

namespace ScrutinyReports.Domain.Tests.Breakdowns;

public class BreakdownTextTests
{
    [Theory]
    [InlineData("team=North", "team", "North")]
    [InlineData("Team = North", "team", "North")]
    [InlineData("  LOCALITY=East  ", "locality", "East")]
    [InlineData("ward=Park", "ward", "Park")]
    [InlineData("age=10-15", "age", "10-15")]
    [InlineData("ethnicity=Black or Black British", "ethnicity", "Black or Black British")]
    [InlineData("disability=Yes", "disability", "Yes")]
    [InlineData("area_2=North  East", "area_2", "North  East")]
    public void Parse_DimensionAndCategory_LowerCasesTheDimensionAndTrimsBoth(string text, string dimension, string category)
    {
        var result = BreakdownText.Parse(text);

        Assert.True(result.Success, result.Expected);
        Assert.Equal((dimension, category), (result.Value.Dimension, result.Value.Category));
    }

    [Theory]
    [InlineData("North", "North")]
    [InlineData("  North locality ", "North locality")]
    [InlineData("North/East #1? 50% 'A|B' ~ Ynys Môn", "North/East #1? 50% 'A|B' ~ Ynys Môn")]
    public void Parse_TextWithoutEquals_IsATeamAsUploadsWereWrittenBefore(string text, string team)
    {
        var result = BreakdownText.Parse(text);

        Assert.Equal(("team", team, "team=" + team), (result.Value.Dimension, result.Value.Category, result.Value.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_Blank_IsTheWholeAuthority(string? text)
    {
        var result = BreakdownText.Parse(text);

        Assert.Same(Breakdown.WholeAuthority, result.Value);
        Assert.True(result.Value.IsWholeAuthority);
        Assert.Equal(string.Empty, result.Value.StoredText);
    }

    [Theory]
    [InlineData("team=North=South", "more than one =")]
    [InlineData("=North", "nothing before the =")]
    [InlineData("team=", "nothing after the =")]
    [InlineData("team =  ", "nothing after the =")]
    [InlineData("2team=North", "a dimension name of letters, digits and underscores starting with a letter")]
    [InlineData("local authority=North", "a dimension name of letters, digits and underscores starting with a letter")]
    [InlineData("équipe=Nord", "a dimension name of letters, digits and underscores starting with a letter")]
    public void Parse_Malformed_SaysWhatWasExpected(string text, string expected)
    {
        var result = BreakdownText.Parse(text);

        Assert.False(result.Success);
        Assert.Contains(expected, result.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DimensionNameOfMoreThan40Characters_IsMalformed()
    {
        Assert.True(BreakdownText.Parse(new string('a', 40) + "=x").Success);
        Assert.False(BreakdownText.Parse(new string('a', 41) + "=x").Success);
    }

    [Fact]
    public void SameDimensionAndCategory_AreTheSameBreakdown()
    {
        Assert.Equal(BreakdownText.Parse("Team = North").Value, BreakdownText.Parse("team=North").Value);
        Assert.Equal(BreakdownText.Parse("North").Value, BreakdownText.Parse("team=North").Value);
        Assert.NotEqual(BreakdownText.Parse("team=North").Value, BreakdownText.Parse("locality=North").Value);
    }
}

using ScrutinyReports.Domain.Breakdowns;

namespace ScrutinyReports.Domain.Tests.Breakdowns;

public class BreakdownDimensionsTests
{
    private static readonly BreakdownDimensions Council = BreakdownDimensions.BuiltIn.With(
    [
        new BreakdownDimension("team", [new("North"), new("South"), new("East and West")]),
    ]);

    [Theory]
    [InlineData("age=10-15", "10 to 15 years")]
    [InlineData("age=10 – 15", "10 to 15 years")]
    [InlineData("age=10 TO 15 YEARS", "10 to 15 years")]
    [InlineData("age=under 1", "Under 1 year")]
    [InlineData("age=16+", "16 years and over")]
    [InlineData("sex=F", "Female")]
    [InlineData("sex=female", "Female")]
    [InlineData("sex=boys", "Male")]
    [InlineData("ethnicity=Black or Black British", "Black, African, Caribbean or Black British")]
    [InlineData("ethnicity=mixed", "Mixed or Multiple ethnic groups")]
    [InlineData("ethnicity=asian or asian british", "Asian or Asian British")]
    [InlineData("ethnicity=Refused", "Refused")]
    public void Parse_DfeCharacteristic_IsSpeltAsTheDfePublishesIt(string text, string category)
    {
        var result = BreakdownDimensions.BuiltIn.Parse(text);

        Assert.True(result.Success, result.Expected);
        Assert.Equal(category, result.Value.Category);
    }

    [Theory]
    [InlineData("age=15-18", "one of the age categories (Under 1 year; 1 to 4 years; 5 to 9 years; 10 to 15 years or 16 years and over)")]
    [InlineData("sex=X", "one of the sex categories (Male; Female or Unknown)")]
    [InlineData("ethnicity=Arab", "one of the ethnicity categories (White; Mixed or Multiple ethnic groups; Asian or Asian British; Black, African, Caribbean or Black British; Other ethnic group; Refused or Information not yet obtained)")]
    public void Parse_UnknownCategoryOfADeclaredDimension_Fails(string text, string expected)
    {
        var result = BreakdownDimensions.BuiltIn.Parse(text);

        Assert.False(result.Success);
        Assert.Equal(expected, result.Expected);
    }

    [Theory]
    [InlineData("team=north", "North")]
    [InlineData("NORTH", "North")]
    [InlineData("team=east  and west", "East and West")]
    public void Parse_CouncilTeams_TakeTheDeclaredSpelling(string text, string team)
    {
        Assert.Equal(team, Council.Parse(text).Value.Category);
        Assert.Equal(team, Council.Parse(text).Value.StoredText);
    }

    [Fact]
    public void Parse_TeamNotDeclared_FailsOnlyOnceTeamsAreDeclared()
    {
        Assert.True(BreakdownDimensions.BuiltIn.Parse("Central").Success);
        Assert.False(Council.Parse("Central").Success);
        Assert.False(Council.Parse("team=Central").Success);
    }

    [Fact]
    public void Parse_UndeclaredDimension_TakesAnyCategoryAsWritten()
    {
        var result = Council.Parse("ward=Park Hill");

        Assert.Equal(("ward", "Park Hill"), (result.Value.Dimension, result.Value.Category));
    }

    [Fact]
    public void With_ACouncilsOwnAgeBands_ReplaceTheDfeOnes()
    {
        var dimensions = BreakdownDimensions.BuiltIn.With([new BreakdownDimension("age", [new("0-4"), new("5-17")])]);

        Assert.Equal("0-4", dimensions.Parse("age=0 to 4").Value.Category);
        Assert.False(dimensions.Parse("age=10-15").Success);
        Assert.Equal(["age", "sex", "ethnicity"], dimensions.All.Select(d => d.Name));
    }

    [Fact]
    public void IsComplete_NeedsEveryCategoryThatIsNotOptional()
    {
        var ethnicity = DfeCharacteristics.Ethnicity;
        string[] majorGroups = ["White", "Mixed or Multiple ethnic groups", "Asian or Asian British", "Black, African, Caribbean or Black British", "Other ethnic group"];

        Assert.True(ethnicity.IsComplete(majorGroups));
        Assert.True(ethnicity.IsComplete([.. majorGroups, "Refused"]));
        Assert.False(ethnicity.IsComplete(majorGroups.Skip(1)));
        Assert.True(DfeCharacteristics.Sex.IsComplete(["Male", "Female"]));
        Assert.False(DfeCharacteristics.Sex.IsComplete(["Male", "Unknown"]));
    }

    [Fact]
    public void Dimension_TwoCategoriesWrittenAlike_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new BreakdownDimension("team", [new("North"), new("NORTH")]));
        Assert.Throws<ArgumentException>(() => new BreakdownDimension("Team", [new("North")]));
        Assert.Throws<ArgumentException>(() => new BreakdownDimension("team", []));
        Assert.Throws<ArgumentException>(() => new BreakdownCategory("a=b"));
    }
}

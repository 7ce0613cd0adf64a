using ScrutinyReports.Domain.Breakdowns;
using static ScrutinyReports.Ingestion.Tests.TestCatalogue;

namespace ScrutinyReports.Ingestion.Tests.Uploads;

/// <summary>The breakdown column: dimension=category, old free text as a team, and located errors for what cannot be read.</summary>
public class BreakdownColumnTests
{
    private const string Header = "indicator,period,value,breakdown\n";

    private static readonly BreakdownDimensions CouncilTeams = BreakdownDimensions.BuiltIn.With(
        [new BreakdownDimension("team", [new("North"), new("South")])]);

    [Fact]
    public void Read_EachWayOfWritingABreakdown_IsStoredInOneForm()
    {
        var (observations, diagnostics) = ReadCsv(Header +
            "CLA_COUNT,2019-09,100,\n" +
            "CLA_COUNT,2019-09,60,North\n" +
            "CLA_COUNT,2019-08,55,Team = North\n" +
            "CLA_COUNT,2019-07,50,team=North\n" +
            "CLA_COUNT,2019-09,10,age=10-15\n" +
            "CLA_COUNT,2019-09,40,Sex = f\n" +
            "CLA_COUNT,2019-09,30,locality=East\n" +
            "CLA_COUNT,2019-09,20,ethnicity=Black or Black British\n");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(
            ["", "North", "North", "North", "age=10 to 15 years", "sex=Female", "locality=East", "ethnicity=Black, African, Caribbean or Black British"],
            observations.Select(o => o.Breakdown));
    }

    public static TheoryData<string, string, string> Errors => new()
    {
        { "two =", "team=North=South", "unreadable breakdown \"team=North=South\"; expected a breakdown as dimension=category (such as team=North, age=10-15 or sex=Female), a team's name, or blank for the whole authority; found more than one =" },
        { "no category", "locality=", "found nothing after the =" },
        { "no dimension", "= East", "found nothing before the =" },
        { "dimension with a space", "local area=East", "expected a dimension name of letters, digits and underscores starting with a letter" },
        { "unknown age band", "age=15-18", "unknown age \"15-18\"; expected one of the age categories (Under 1 year; 1 to 4 years; 5 to 9 years; 10 to 15 years or 16 years and over)" },
        { "unknown sex", "sex=X", "unknown sex \"X\"; expected one of the sex categories (Male; Female or Unknown)" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Read_BadBreakdown_IsAnErrorAtItsRowAndColumn(string scenario, string breakdown, string message)
    {
        var (observations, diagnostics) = ReadCsv("indicator,period,breakdown,value\nCLA_COUNT,2019-09,,100\nCLA_COUNT,2019-09," + breakdown + ",60\n", "teams.csv");

        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal(("teams.csv", 3, "C", "breakdown"), (error.FileName, error.Row, error.ColumnLetter, error.Header));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.True(observations.Count <= 1, scenario);
    }

    [Fact]
    public void Read_UndeclaredTeam_OnceTeamsAreDeclared_IsAnErrorNamingTheTeams()
    {
        var (_, diagnostics) = ReadCsv(Header + "CLA_COUNT,2019-09,60,north\nCLA_COUNT,2019-09,40,Central\n", "teams.csv", CouncilTeams);

        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal((3, "D"), (error.Row, error.ColumnLetter));
        Assert.Equal("unknown team \"Central\"; expected one of the team categories (North or South)", error.Message);
    }

    [Fact]
    public void Read_DeclaredTeamInAnyCase_TakesTheDeclaredSpelling()
    {
        var (observations, diagnostics) = ReadCsv(Header + "CLA_COUNT,2019-09,60,north\nCLA_COUNT,2019-09,40,TEAM=SOUTH\n", dimensions: CouncilTeams);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(["North", "South"], observations.Select(o => o.Breakdown));
    }

    [Fact]
    public void Read_TheSameBreakdownWrittenTwoWays_IsADuplicate()
    {
        var (_, diagnostics) = ReadCsv(Header + "CLA_COUNT,2019-09,60,North\nCLA_COUNT,2019-09,61,team = North\n");

        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal(3, error.Row);
        Assert.Contains("CLA_COUNT for 2019-09 (North) appears twice in this file, first in row 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ComparatorRow_IgnoresItsBreakdownCell()
    {
        var (observations, diagnostics) = ReadCsv("indicator,period,value,breakdown,comparator\nCLA_COUNT,2019-09,60,a=b=c,England\n");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.True(ScrutinyReports.Ingestion.Uploads.ComparatorRows.IsComparator(Assert.Single(observations), out var name));
        Assert.Equal("England", name);
    }
}

using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Quality;
using static ScrutinyReports.Domain.Tests.Quality.QualityFigures;

namespace ScrutinyReports.Domain.Tests.Quality;

/// <summary>Each dimension's parts are checked against the total on their own, and a declared one only when complete.</summary>
public class PartsCheckByDimensionTests
{
    private static readonly Indicator Complaints = Indicator("COMPLAINTS", Unit.Count);
    private static readonly Observation Total = Figure("COMPLAINTS", September2019, 100m);

    [Fact]
    public void EachDimension_IsCheckedOnItsOwn()
    {
        // Teams add up (60 + 40); sexes do not (50 + 45): one warning, about sex.
        var warnings = PartsCheck.CheckEachDimension(Complaints, Total,
            [Part("North", 60m), Part("South", 40m), Part("sex=Male", 50m), Part("sex=Female", 45m)], BreakdownDimensions.BuiltIn);

        var warning = Assert.Single(warnings);
        Assert.Equal("Complaints received for September 2019: the 2 sex figures (Male 50, Female 45) add up to 95 but the whole-authority total is 100, a difference of 5.", warning.Message);
    }

    [Fact]
    public void DeclaredDimension_MissingACategory_IsNotChecked()
    {
        // Three of the five age bands say nothing about the total.
        var warnings = PartsCheck.CheckEachDimension(Complaints, Total,
            [Part("age=Under 1 year", 10m), Part("age=1 to 4 years", 20m), Part("age=5 to 9 years", 30m)], BreakdownDimensions.BuiltIn);

        Assert.Empty(warnings);
    }

    [Fact]
    public void DeclaredDimension_Complete_IsChecked()
    {
        var warnings = PartsCheck.CheckEachDimension(Complaints, Total,
            [Part("age=Under 1 year", 10m), Part("age=1 to 4 years", 20m), Part("age=5 to 9 years", 30m), Part("age=10 to 15 years", 30m), Part("age=16 years and over", 5m)],
            BreakdownDimensions.BuiltIn);

        Assert.Contains("the 5 age figures (Under 1 year 10, 1 to 4 years 20, 5 to 9 years 30, 10 to 15 years 30, 16 years and over 5) add up to 95", Assert.Single(warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclaredDimension_OptionalCategoryAbsent_IsStillComplete()
    {
        var warnings = PartsCheck.CheckEachDimension(Complaints, Total, [Part("sex=Male", 50m), Part("sex=Female", 40m)], BreakdownDimensions.BuiltIn);

        Assert.Contains("add up to 90", Assert.Single(warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclaredTeams_AllPresent_AreChecked_AndSomeOfThem_AreNot()
    {
        var dimensions = BreakdownDimensions.BuiltIn.With([new BreakdownDimension("team", [new("North"), new("South"), new("Central")])]);

        Assert.Empty(PartsCheck.CheckEachDimension(Complaints, Total, [Part("North", 60m), Part("South", 30m)], dimensions));
        Assert.Single(PartsCheck.CheckEachDimension(Complaints, Total, [Part("North", 60m), Part("South", 30m), Part("Central", 5m)], dimensions));
    }

    [Fact]
    public void UndeclaredDimension_TakesThePartsGivenAsItsWholeList()
    {
        var warnings = PartsCheck.CheckEachDimension(Complaints, Total, [Part("ward=Park", 60m), Part("ward=Hill", 30m)], BreakdownDimensions.BuiltIn);

        Assert.Equal("Complaints received for September 2019: the 2 ward figures (Park 60, Hill 30) add up to 90 but the whole-authority total is 100, a difference of 10.", Assert.Single(warnings).Message);
    }

    [Fact]
    public void Check_PartsOfTwoDimensions_IsRefused()
    {
        Assert.Throws<ArgumentException>("parts", () => PartsCheck.Check(Complaints, Total, [Part("North", 60m), Part("sex=Male", 40m)]));
    }

    private static Observation Part(string stored, decimal value) => Figure("COMPLAINTS", September2019, value, stored);
}

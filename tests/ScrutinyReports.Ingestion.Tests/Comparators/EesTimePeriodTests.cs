using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Ingestion.Comparators;

namespace ScrutinyReports.Ingestion.Tests.Comparators;

public class EesTimePeriodTests
{
    [Theory]
    [InlineData("2025", "Reporting year", PublishedPeriodBasis.YearToMarch, "2024/25")]
    [InlineData("202425", "Financial year", PublishedPeriodBasis.YearToMarch, "2024/25")]
    [InlineData("202425", "Reporting year", PublishedPeriodBasis.YearToMarch, "2024/25")]
    [InlineData("2013", "", PublishedPeriodBasis.YearToMarch, "2012/13")]
    [InlineData("199900", "Financial year", PublishedPeriodBasis.YearToMarch, "1999/00")]
    [InlineData("2025", "Reporting year", PublishedPeriodBasis.YearToSeptember, "2025-09")]
    public void Parse_ReadsTheYear(string timePeriod, string identifier, PublishedPeriodBasis basis, string code) =>
        Assert.Equal(code, EesTimePeriod.Parse(timePeriod, identifier, basis).Value.Code);

    [Theory]
    [InlineData("202426", "Financial year", PublishedPeriodBasis.YearToMarch)]
    [InlineData("202425", "Academic year", PublishedPeriodBasis.YearToMarch)]
    [InlineData("2025", "Calendar year", PublishedPeriodBasis.YearToMarch)]
    [InlineData("202425", "Reporting year", PublishedPeriodBasis.YearToSeptember)]
    [InlineData("25", "Reporting year", PublishedPeriodBasis.YearToMarch)]
    [InlineData("", "Reporting year", PublishedPeriodBasis.YearToMarch)]
    public void Parse_OtherPeriods_Fail(string timePeriod, string identifier, PublishedPeriodBasis basis) =>
        Assert.False(EesTimePeriod.Parse(timePeriod, identifier, basis).Success);

    [Fact]
    public void Parse_ReportingYear_IsTheFinancialYearEndingInIt() =>
        Assert.Equal(ReportingPeriod.FinancialYear(2024), EesTimePeriod.Parse("2025", "Reporting year", PublishedPeriodBasis.YearToMarch).Value);
}

using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Tests.Periods;

public class ReportingPeriodPatternTests
{
    [Theory]
    [InlineData("2019-09", 2019, 9)]
    [InlineData("2019-9", 2019, 9)]
    [InlineData("Sep-19", 2019, 9)]
    [InlineData("sep-19", 2019, 9)]
    [InlineData("Sep 2019", 2019, 9)]
    [InlineData("Sept 2019", 2019, 9)]
    [InlineData("September 2019", 2019, 9)]
    [InlineData(" September 2019 ", 2019, 9)]
    [InlineData("09/2019", 2019, 9)]
    [InlineData("9/2019", 2019, 9)]
    [InlineData("30/09/2019", 2019, 9)]
    [InlineData("1/9/2019", 2019, 9)]
    [InlineData("2019-09-30", 2019, 9)]
    [InlineData("Jan-20", 2020, 1)]
    [InlineData("2011-12", 2011, 12)]
    public void Parse_Monthly_ReadsEveryFormat(string text, int year, int month)
    {
        var result = ReportingPeriodPattern.Parse(text, Frequency.Monthly);

        Assert.True(result.Success, result.Expected);
        Assert.Equal(ReportingPeriod.Month(year, month), result.Value);
    }

    [Theory]
    [InlineData("2019-20 Q2", 2019, 2)]
    [InlineData("2019/20 Q2", 2019, 2)]
    [InlineData("Q2 2019/20", 2019, 2)]
    [InlineData("Q2 2019-20", 2019, 2)]
    [InlineData("q4 2018/19", 2018, 4)]
    [InlineData("2019/2020 Q1", 2019, 1)]
    public void Parse_Quarterly_ReadsFinancialQuarters(string text, int startYear, int quarter)
    {
        var result = ReportingPeriodPattern.Parse(text, Frequency.Quarterly);

        Assert.True(result.Success, result.Expected);
        Assert.Equal(ReportingPeriod.Quarter(startYear, quarter), result.Value);
    }

    [Theory]
    [InlineData("2019/20", 2019)]
    [InlineData("2019-20", 2019)]
    [InlineData("2019-2020", 2019)]
    [InlineData("2011-12", 2011)]
    [InlineData("1999/00", 1999)]
    public void Parse_Annual_ReadsFinancialYears(string text, int startYear)
    {
        var result = ReportingPeriodPattern.Parse(text, Frequency.Annual);

        Assert.True(result.Success, result.Expected);
        Assert.Equal(ReportingPeriod.FinancialYear(startYear), result.Value);
    }

    [Theory]
    [InlineData("2019-13", Frequency.Monthly, "a month such as")]
    [InlineData("Sep-1", Frequency.Monthly, "a month such as")]
    [InlineData("31/02/2019", Frequency.Monthly, "a month such as")]
    [InlineData("Foo 2019", Frequency.Monthly, "a month such as")]
    [InlineData("", Frequency.Monthly, "not a blank")]
    [InlineData("2019/21", Frequency.Annual, "a financial year such as")]
    [InlineData("2019-20 Q5", Frequency.Quarterly, "a financial quarter such as")]
    [InlineData("2019/20", Frequency.Monthly, "reads as an annual period (2019/20), which does not fit a monthly indicator")]
    [InlineData("2019-20", Frequency.Monthly, "reads as an annual period (2019/20)")]
    [InlineData("Sep-19", Frequency.Quarterly, "reads as a monthly period (2019-09), which does not fit a quarterly indicator")]
    [InlineData("Q2 2019/20", Frequency.Annual, "reads as a quarterly period (2019/20 Q2)")]
    public void Parse_BadOrMismatchedText_SaysWhatWasExpected(string text, Frequency frequency, string expected)
    {
        var result = ReportingPeriodPattern.Parse(text, frequency);

        Assert.False(result.Success);
        Assert.Contains(expected, result.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDate_AnnualIndicator_RejectsAMonthDate()
    {
        var result = ReportingPeriodPattern.FromDate(new DateOnly(2019, 9, 1), Frequency.Annual);

        Assert.False(result.Success);
        Assert.Contains("does not fit an annual indicator", result.Expected, StringComparison.Ordinal);
    }

    // Regex \d matches every Unicode digit but int.Parse takes only ASCII ones: these must fail, not throw.
    [Theory]
    [InlineData("\uFF12\uFF10\uFF11\uFF19-09", Frequency.Monthly)]
    [InlineData("Sep-\u0661\u0669", Frequency.Monthly)]
    [InlineData("\u0969\u0966/2019", Frequency.Monthly)]
    [InlineData("30/09/\uFF12\uFF10\uFF11\uFF19", Frequency.Monthly)]
    [InlineData("2019-20 Q\uFF12", Frequency.Quarterly)]
    [InlineData("Q2 \uFF12\uFF10\uFF11\uFF19/20", Frequency.Quarterly)]
    [InlineData("\uFF12\uFF10\uFF11\uFF19/20", Frequency.Annual)]
    public void Parse_NonAsciiDigits_FailsWithoutThrowing(string text, Frequency frequency)
    {
        var result = ReportingPeriodPattern.Parse(text, frequency);

        Assert.False(result.Success);
        Assert.Contains(ReportingPeriodPattern.ExamplesFor(frequency), result.Expected, StringComparison.Ordinal);
    }
}

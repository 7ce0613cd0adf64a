using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Tests.Periods;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData(2019, 4, 1, 2019, 4, 1, 2019, 6, 30)]
    [InlineData(2019, 9, 2, 2019, 7, 1, 2019, 9, 30)]
    [InlineData(2019, 12, 3, 2019, 10, 1, 2019, 12, 31)]
    [InlineData(2020, 3, 4, 2020, 1, 1, 2020, 3, 31)]
    [InlineData(2020, 1, 4, 2020, 1, 1, 2020, 3, 31)]
    public void Containing_Quarter_FollowsTheFinancialYear(int year, int month, int quarter, int startYear, int startMonth, int startDay, int endYear, int endMonth, int endDay)
    {
        var period = ReportingPeriod.Containing(new DateOnly(year, month, 15), Frequency.Quarterly);

        Assert.Equal(quarter, period.Index);
        Assert.Equal(new DateOnly(startYear, startMonth, startDay), period.Start);
        Assert.Equal(new DateOnly(endYear, endMonth, endDay), period.End);
    }

    [Theory]
    [InlineData(2019, 9, Frequency.Monthly, "2019-09")]
    [InlineData(2019, 9, Frequency.Quarterly, "2019/20 Q2")]
    [InlineData(2019, 10, Frequency.Quarterly, "2019/20 Q2")]
    [InlineData(2019, 12, Frequency.Quarterly, "2019/20 Q3")]
    [InlineData(2019, 9, Frequency.Annual, "2018/19")]
    [InlineData(2020, 3, Frequency.Annual, "2019/20")]
    [InlineData(2020, 2, Frequency.Annual, "2018/19")]
    public void LatestEndedBy_ReportMonth_GivesTheLatestCompletePeriod(int year, int month, Frequency frequency, string expected)
    {
        Assert.Equal(expected, ReportingPeriod.LatestEndedBy(ReportingPeriod.Month(year, month), frequency).Code);
    }

    [Fact]
    public void PreviousAndYearEarlier_StepByFrequency()
    {
        Assert.Equal("2019-08", ReportingPeriod.Month(2019, 9).Previous.Code);
        Assert.Equal("2018-12", ReportingPeriod.Month(2019, 1).Previous.Code);
        Assert.Equal("2018-09", ReportingPeriod.Month(2019, 9).YearEarlier.Code);
        Assert.Equal("2018/19 Q4", ReportingPeriod.Quarter(2019, 1).Previous.Code);
        Assert.Equal("2018/19 Q2", ReportingPeriod.Quarter(2019, 2).YearEarlier.Code);
        Assert.Equal("2017/18", ReportingPeriod.FinancialYear(2018).YearEarlier.Code);
    }

    [Fact]
    public void Labels_NameThePeriodInWords()
    {
        Assert.Equal("September 2019", ReportingPeriod.Month(2019, 9).Label);
        Assert.Equal("Q2 2019/20 (July to September 2019)", ReportingPeriod.Quarter(2019, 2).Label);
        Assert.Equal("Q4 2019/20 (January to March 2020)", ReportingPeriod.Quarter(2019, 4).Label);
        Assert.Equal("2019/20", ReportingPeriod.FinancialYear(2019).Label);
        Assert.Equal("1999/00", ReportingPeriod.FinancialYear(1999).Code);
    }

    [Fact]
    public void Constructors_RejectImpossiblePeriods()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(2019, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(2019, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(2019, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.FinancialYear(1800));
    }

    [Fact]
    public void Equality_DiffersAcrossFrequencies()
    {
        Assert.NotEqual(ReportingPeriod.FinancialYear(2019), ReportingPeriod.Quarter(2019, 1));
        Assert.True(ReportingPeriod.Month(2019, 8) < ReportingPeriod.Month(2019, 9));
        Assert.Equal(12, ReportingPeriod.Month(2018, 9).PeriodsUntil(ReportingPeriod.Month(2019, 9)));
    }
}

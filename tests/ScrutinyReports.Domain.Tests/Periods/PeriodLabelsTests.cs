using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;
using static ScrutinyReports.Domain.Tests.Build;

namespace ScrutinyReports.Domain.Tests.Periods;

public sealed class PeriodLabelsTests
{
    public static TheoryData<string, Frequency, MeasureWindow, string, string> Labels => new()
    {
        { "2019-09", Frequency.Monthly, MeasureWindow.Period, "September 2019", "Sep 2019" },
        { "2019-09", Frequency.Monthly, MeasureWindow.Rolling12Months, "12 months to September 2019", "12 months to Sep 2019" },
        { "2019/20 Q2", Frequency.Quarterly, MeasureWindow.Rolling12Months, "12 months to September 2019", "12 months to Sep 2019" },
        { "2019/20", Frequency.Annual, MeasureWindow.Rolling12Months, "2019/20", "2019/20" },
        { "2018/19", Frequency.Annual, MeasureWindow.ThreeYearAverage, "2016-19", "2016-19" },
        { "2017/18", Frequency.Annual, MeasureWindow.ThreeYearAverage, "2015-18", "2015-18" },
        { "2019-09", Frequency.Monthly, MeasureWindow.ThreeYearAverage, "3 years to September 2019", "3 years to Sep 2019" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void Label_NamesTheWindowTheFigureCovers(string code, Frequency frequency, MeasureWindow window, string label, string shortLabel)
    {
        var period = ReportingPeriodPattern.Parse(code, frequency).Value;

        Assert.Equal(label, PeriodLabels.Label(period, window));
        Assert.Equal(shortLabel, PeriodLabels.ShortLabel(period, window));
    }

    [Fact]
    public void Start_OfARolling12MonthFigure_IsAYearBeforeItsEnd()
    {
        Assert.Equal(new DateOnly(2018, 10, 1), PeriodLabels.Start(Month("2019-09"), MeasureWindow.Rolling12Months));
        Assert.Equal(new DateOnly(2016, 4, 1), PeriodLabels.Start(ReportingPeriod.FinancialYear(2018), MeasureWindow.ThreeYearAverage));
    }

    [Theory]
    [InlineData("", MeasureWindow.Period)]
    [InlineData("period", MeasureWindow.Period)]
    [InlineData("rolling_12m", MeasureWindow.Rolling12Months)]
    [InlineData("3_year_average", MeasureWindow.ThreeYearAverage)]
    public void WindowCode_ReadsBlankAsTheFiguresOwnPeriod(string code, MeasureWindow expected)
    {
        Assert.True(CatalogueCodes.TryParseWindow(code, out var window));
        Assert.Equal(expected, window);
        Assert.False(CatalogueCodes.TryParseWindow("fortnightly", out _));
    }
}

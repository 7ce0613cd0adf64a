using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Quality;
using static ScrutinyReports.Domain.Tests.Quality.QualityFigures;

namespace ScrutinyReports.Domain.Tests.Quality;

public class StoppedArrivingCheckTests
{
    // Frequency, report month, latest period with a figure (null = never had one), the message or null.
    // Default: stopped after 2 missed periods. The latest expected period is the latest ended by the report month:
    // September 2019 itself, Q2 2019/20 (ends 30 September), or 2018/19 (2019/20 has not ended).
    public static TheoryData<Frequency, string, string?, string?> Cases => new()
    {
        // Monthly, September 2019 report: July is 2 months before September, so August and September are missing.
        { Frequency.Monthly, "2019-09", "2019-07", "Children looked after has had no figure for the last 2 months it should have, August 2019 to September 2019; the last figure received was for July 2019." },
        { Frequency.Monthly, "2019-09", "2019-08", null },   // only September missing: one late month
        { Frequency.Monthly, "2019-09", "2019-09", null },
        { Frequency.Monthly, "2019-09", "2019-10", null },   // a figure ahead of the report month
        { Frequency.Monthly, "2019-09", null, null },        // never had data: not started, not stopped
        // January to September: 8 months since.
        { Frequency.Monthly, "2019-09", "2019-01", "Children looked after has had no figure for the last 8 months it should have, February 2019 to September 2019; the last figure received was for January 2019." },
        // Quarterly, September 2019 report: Q2 2019/20 is expected; from Q4 2018/19 that is 2 quarters missed.
        { Frequency.Quarterly, "2019-09", "2018/19 Q4", "Children looked after has had no figure for the last 2 quarters it should have, Q1 2019/20 (April to June 2019) to Q2 2019/20 (July to September 2019); the last figure received was for Q4 2018/19 (January to March 2019)." },
        { Frequency.Quarterly, "2019-09", "2019/20 Q1", null },
        // August 2019 report: Q2 has not ended, so Q1 2019/20 is expected and Q4 2018/19 misses only 1.
        { Frequency.Quarterly, "2019-08", "2018/19 Q4", null },
        { Frequency.Quarterly, "2019-09", null, null },
        // Annual, September 2019 report: 2018/19 is expected; from 2016/17 that is 2 years missed.
        { Frequency.Annual, "2019-09", "2016/17", "Children looked after has had no figure for the last 2 years it should have, 2017/18 to 2018/19; the last figure received was for 2016/17." },
        { Frequency.Annual, "2019-09", "2017/18", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_AfterMissedPeriods(Frequency frequency, string reportMonth, string? latest, string? expected)
    {
        var indicator = Indicator("CLA_COUNT", Unit.Count, frequency: frequency);
        ReportingPeriod? latestWithFigure = latest is null ? null : ReportingPeriodPattern.Parse(latest, frequency).Value;

        var warning = StoppedArrivingCheck.Check(indicator, Build.Month(reportMonth), latestWithFigure);

        Assert.Equal(expected, warning?.Message);
        if (warning is not null)
        {
            Assert.Equal(DataQualityWarningKind.StoppedArriving, warning.Kind);
            Assert.Equal(ReportingPeriod.LatestEndedBy(Build.Month(reportMonth), frequency), warning.Period);
            Assert.True(warning.IsWholeAuthority);
        }
    }

    // With StoppedAfterPeriods 1 a single missed month is enough; with 3, two are not.
    [Theory]
    [InlineData(1, "2019-08", "Children looked after has no figure for September 2019, the latest month it should have; the last figure received was for August 2019.")]
    [InlineData(1, "2019-09", null)]
    [InlineData(3, "2019-07", null)]
    [InlineData(3, "2019-06", "Children looked after has had no figure for the last 3 months it should have, July 2019 to September 2019; the last figure received was for June 2019.")]
    public void Check_StoppedAfterPeriods_IsAnOption(int periods, string latest, string? expected)
    {
        var options = new DataQualityOptions { StoppedAfterPeriods = periods };

        var warning = StoppedArrivingCheck.Check(Indicator("CLA_COUNT", Unit.Count), September2019, Build.Month(latest), options);

        Assert.Equal(expected, warning?.Message);
    }

    [Fact]
    public void Check_LatestOfAnotherFrequency_Throws() =>
        Assert.Throws<ArgumentException>("latestWithFigure", () =>
            StoppedArrivingCheck.Check(Indicator("CLA_COUNT", Unit.Count, frequency: Frequency.Quarterly), September2019, Build.Month("2019-03")));

    [Fact]
    public void Check_ReportForAQuarter_Throws() =>
        Assert.Throws<ArgumentException>("month", () =>
            StoppedArrivingCheck.Check(Indicator("CLA_COUNT", Unit.Count), ReportingPeriod.Quarter(2019, 2), Build.Month("2019-03")));
}

using System.Globalization;
using ScrutinyReports.Pipeline.Hosting;

namespace ScrutinyReports.Pipeline.Tests.Hosting;

public sealed class ReportScheduleTests
{
    [Theory]
    [InlineData("0 7 5 * *")]
    [InlineData("0 0 7 5 * *")]
    [InlineData("  0  7 5 * *  ")]
    public void Parse_FiveFieldsOrSixWithSeconds_MeanTheSameSchedule(string text)
    {
        var schedule = ReportSchedule.Parse(text);

        Assert.True(schedule.Success, schedule.Expected);
        Assert.Equal(At("2019-10-05T07:00Z"), schedule.Value.LatestBy(At("2019-10-20T00:00Z")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("monthly")]
    [InlineData("0 7 5 *")]
    [InlineData("61 7 5 * *")]
    [InlineData("0 0 0 7 5 * *")]
    public void Parse_NotACronExpression_SaysWhatWasExpected(string text)
    {
        var schedule = ReportSchedule.Parse(text);

        Assert.False(schedule.Success);
        Assert.StartsWith("a cron expression read in UTC such as \"0 7 5 * *\"", schedule.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2019-10-05T07:00Z", "2019-10-05T07:00Z")]
    [InlineData("2019-10-05T06:59:30Z", "2019-10-05T07:00Z")]
    [InlineData("2019-10-05T06:58Z", "2019-09-05T07:00Z")]
    [InlineData("2019-10-05T08:00+02:00", "2019-09-05T07:00Z")]
    [InlineData("2020-01-01T00:00Z", "2019-12-05T07:00Z")]
    public void LatestBy_ReadsTheScheduleInUtcAndAllowsATimerToFireAMomentEarly(string asOf, string expected)
    {
        Assert.Equal(At(expected), ReportSchedule.Default.LatestBy(At(asOf)));
    }

    [Theory]
    [InlineData("2019-10-05T07:00Z", "2019-09")]
    [InlineData("2020-01-05T07:00Z", "2019-12")]
    [InlineData("2019-10-31T23:30-01:00", "2019-10")]
    public void ReportMonthOf_IsTheMonthBeforeTheRunsMonthInUtc(string occurrence, string month)
    {
        Assert.Equal(month, ReportSchedule.ReportMonthOf(At(occurrence)).Code);
    }

    [Fact]
    public void CountBetween_CountsTheRunsALateRunStandsInFor()
    {
        Assert.Equal(1, ReportSchedule.Default.CountBetween(At("2019-08-05T07:00Z"), At("2019-10-05T07:00Z")));
        Assert.Equal(0, ReportSchedule.Default.CountBetween(At("2019-09-05T07:00Z"), At("2019-10-05T07:00Z")));
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
}

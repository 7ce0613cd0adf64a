using System.Globalization;
using System.Text;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Tests.Hosting;

public sealed class MonthlyPublicationTests : PipelineFixture
{
    private const string September = "indicator,period,value\nCLA_COUNT,2019-09,588\nCLA_COUNT,2019-08,596\n";

    [Fact]
    public async Task Run_OnTheFifth_PublishesTheMonthBeforeAndRecordsTheRun()
    {
        await IngestCsvAsync(September);

        var run = await RunAtAsync("2019-10-05T07:30Z");

        Assert.Equal((MonthlyRunKind.Scheduled, "2019-09", 0), (run.Kind, run.Month!.Value.Code, run.Missed));
        Assert.Equal(At("2019-10-05T07:00Z"), run.Occurrence);
        Assert.Equal(["default/2019-09/v1"], run.NewVersions.Select(report => report.Version.Folder));
        var last = await LastRun.ReadAsync(Store.Files);
        Assert.Equal((At("2019-10-05T07:00Z"), "2019-09", At("2019-10-05T07:30Z"), "0 7 5 * *"), (last!.Occurrence, last.Period, last.RanAt, last.Schedule));
    }

    [Fact]
    public async Task Run_SecondPassTheSameDay_ChangesNothing()
    {
        await IngestCsvAsync(September);
        await RunAtAsync("2019-10-05T07:30Z");

        var again = await RunAtAsync("2019-10-05T16:00Z");

        Assert.Equal(MonthlyRunKind.Refresh, again.Kind);
        Assert.Empty(again.NewVersions);
        Assert.Equal([1], (await Store.Reports.ListAsync(Panel.Default.Id)).Select(version => version.Version));
        Assert.Equal(At("2019-10-05T07:30Z"), (await LastRun.ReadAsync(Store.Files))!.RanAt);
    }

    [Fact]
    public async Task Run_AfterACorrection_PublishesVersionTwo()
    {
        await IngestCsvAsync(September);
        await RunAtAsync("2019-10-05T07:30Z");
        Clock.SetUtcNow(At("2019-10-08T09:00Z"));
        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-09,590\n", "correction.csv");

        var run = await RunAtAsync("2019-10-08T10:00Z");

        Assert.Equal(MonthlyRunKind.Refresh, run.Kind);
        Assert.Equal(["default/2019-09/v2"], run.NewVersions.Select(report => report.Version.Folder));
    }

    [Fact]
    public async Task Run_DayBeforeTheNextFifth_PublishesNothingNew_OnTheFifthPublishesTheNextMonth()
    {
        await IngestCsvAsync(September);
        await RunAtAsync("2019-10-05T07:30Z");

        var before = await RunAtAsync("2019-11-04T07:30Z");
        var on = await RunAtAsync("2019-11-05T07:00Z");

        Assert.Equal((MonthlyRunKind.Refresh, "2019-09"), (before.Kind, before.Month!.Value.Code));
        Assert.Empty(before.NewVersions);
        Assert.Equal((MonthlyRunKind.Scheduled, "2019-10"), (on.Kind, on.Month!.Value.Code));
        Assert.Equal(["default/2019-10/v1"], on.NewVersions.Select(report => report.Version.Folder));
    }

    [Fact]
    public async Task Run_AfterMissedRuns_CatchesUpWithTheLatestCompleteMonth()
    {
        await IngestCsvAsync(September);
        await new LastRun(At("2019-08-05T07:00Z"), "2019-07", At("2019-08-05T07:01Z"), "0 7 5 * *").WriteAsync(Store.Files);

        var run = await RunAtAsync("2019-10-20T00:00Z");

        Assert.Equal((MonthlyRunKind.Scheduled, "2019-09", 1), (run.Kind, run.Month!.Value.Code, run.Missed));
        Assert.Equal(["default/2019-09/v1"], (await Store.Reports.ListAsync(Panel.Default.Id)).Select(version => version.Folder));
        Assert.Equal(At("2019-10-05T07:00Z"), (await LastRun.ReadAsync(Store.Files))!.Occurrence);
    }

    [Fact]
    public async Task Run_PublishesForEveryPanel()
    {
        await IngestCsvAsync(September);
        await Store.Panels.SaveAsync(new Panel("cypf", "Children and Young People Scrutiny Panel"));
        await Store.Panels.SaveAsync(new Panel("corporate", "Corporate Parenting Board"));

        var run = await RunAtAsync("2019-10-05T07:30Z");

        Assert.Equal(["corporate/2019-09/v1", "cypf/2019-09/v1"], run.NewVersions.Select(report => report.Version.Folder).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_PanelThatCannotBePublished_LeavesTheRunDueUntilItIsFixed()
    {
        await IngestCsvAsync(September);
        await Store.Files.WriteAsync(Containers.Templates, "cover.scriban-html", new MemoryStream(Encoding.UTF8.GetBytes("<h1>{{ panel.name </h1>")), overwrite: true);

        var broken = await RunAtAsync("2019-10-05T07:30Z");
        await Store.Files.DeleteAsync(Containers.Templates, "cover.scriban-html");
        var fixedRun = await RunAtAsync("2019-10-05T08:00Z");

        var failure = Assert.Single(broken.Failures);
        Assert.Equal(Panel.Default.Id, failure.PanelId);
        Assert.StartsWith("templates/cover.scriban-html: line 1", failure.Message, StringComparison.Ordinal);
        Assert.Equal(MonthlyRunKind.Scheduled, fixedRun.Kind);
        Assert.True(fixedRun.Succeeded);
        Assert.Equal(["default/2019-09/v1"], fixedRun.NewVersions.Select(report => report.Version.Folder));
    }

    [Fact]
    public async Task Run_StoreWithNoCatalogue_HasNothingToPublishAndStaysDue()
    {
        await Store.Catalogue.SaveAsync(IndicatorCatalogue.Empty);

        var run = await RunAtAsync("2019-10-05T07:30Z");

        Assert.Equal(MonthlyRunKind.NothingToPublish, run.Kind);
        Assert.Null(await LastRun.ReadAsync(Store.Files));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Run_InParallel_MakesAtMostThatManyReportsAtOnceAndOverlapsThem(int parallel)
    {
        const int Panels = 5;
        for (var i = 1; i <= Panels; i++)
        {
            await Store.Panels.SaveAsync(Panel.Default with { Id = $"panel-{i}", Name = $"Panel {i}" });
        }

        await IngestCsvAsync(September);
        // A report is being made from the write of its report.json to that of its report.xlsx (the HTML and PDF
        // are rendered in between). Each report waits at its first write until as many as may overlap are in
        // flight, so that overlap is seen every time rather than by luck of timing (a wait never met ends after ten
        // seconds, and the counts below fail); then, with more panels still to come, a second more for one too many.
        var store = new StoreWithFaults(Store);
        int inFlight = 0, finished = 0, most = 0;
        store.BeforeWrite = async (container, path) =>
        {
            if (container == Containers.Reports && path.EndsWith("/report.json", StringComparison.Ordinal))
            {
                InterlockedMax(ref most, Interlocked.Increment(ref inFlight));
                await WaitAsync(() => Volatile.Read(ref inFlight) >= Math.Min(parallel, Panels - Volatile.Read(ref finished)), TimeSpan.FromSeconds(10));
                if (Panels - Volatile.Read(ref finished) > parallel)
                {
                    await WaitAsync(() => Volatile.Read(ref inFlight) > parallel, TimeSpan.FromSeconds(1));
                }
            }
        };
        store.AfterWrite = (container, path) =>
        {
            if (container == Containers.Reports && path.EndsWith("/report.xlsx", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref finished);
                Interlocked.Decrement(ref inFlight);
            }
        };
        Clock.SetUtcNow(At("2019-10-05T07:30Z"));
        var publisher = new ScrutinyReports.Pipeline.Reports.ReportPublisher(store, new ScrutinyReports.Rendering.Html.HtmlReportRenderer(), Clock);

        var run = await new MonthlyPublication(store, publisher, ReportSchedule.Default, Clock).RunAsync(parallel);

        Assert.True(run.Succeeded);
        Assert.Equal(Panels, run.NewVersions.Count());
        Assert.Equal((Panels, parallel), (finished, most));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task Run_ParallelBelowOne_IsRefused(int parallel)
    {
        Clock.SetUtcNow(At("2019-10-05T07:30Z"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new MonthlyPublication(Store, Publisher, ReportSchedule.Default, Clock).RunAsync(parallel));
    }

    private static async Task WaitAsync(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }
    }

    private static void InterlockedMax(ref int most, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref most)) && Interlocked.CompareExchange(ref most, value, seen) != seen)
        {
        }
    }

    private async Task<MonthlyRun> RunAtAsync(string instant)
    {
        Clock.SetUtcNow(At(instant));
        return await new MonthlyPublication(Store, Publisher, ReportSchedule.Default, Clock).RunAsync();
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
}

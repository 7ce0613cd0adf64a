using System.Text;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Functions.Tests;

/// <summary>
/// The publication timer fires hourly (PUBLICATION_TIMER_SCHEDULE); REPORT_SCHEDULE (the 5th at 07:00 UTC) and the
/// publication's record of its last run decide what is due, so a failed run is caught up and a correction re-issued.
/// Each firing queues the panels' messages, run here as the host runs them (PublicationQueueRunner).
/// </summary>
public sealed class PublishMonthlyReportTests : IAsyncLifetime
{
    private const string Period = "2019-09";
    private static readonly string Panel = DemoCouncil.Panel.Id;
    private FunctionsTestHost app = null!;

    public async Task InitializeAsync()
    {
        app = await FunctionsTestHost.StartAsync("2019-10-01T09:00:00Z");
        await app.SeedCatalogueAndPanelAsync();
        await app.Create<IngestUpload>().Run(
            await app.DropAsync("september.csv", "indicator,period,value\nCLA_COUNT,2019-09,611\nCLA_COUNT,2019-08,607\nREREFERRALS_12M,2019-09,24.6\nREREFERRALS_12M,2019-08,23.9\n"),
            CancellationToken.None);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Run_BeforeTheFifth_PublishesTheMonthTheLastOccurrenceWasFor()
    {
        await FireAtAsync("2019-10-04T23:00:00Z");

        // The 5 September run (never made) was for August; September waits for 5 October.
        Assert.Equal(["2019-08"], (await app.Store.Reports.ListAsync(Panel)).Select(version => version.Period));
    }

    [Fact]
    public async Task Run_FailedOnTheFifth_PoisonedThenPublishedByALaterFiring()
    {
        await app.Store.Files.WriteAsync(Containers.Templates, "cover.scriban-html", Text("{{ if }}"), overwrite: true);

        var run = await FireAtAsync("2019-10-05T07:00:05Z");

        // Five attempts (host.json maxDequeueCount), then publications-poison; nothing was published.
        Assert.Equal((0, 4, 1), (run.Completed, run.Failed, run.Poisoned));
        Assert.Null(await app.Store.Reports.LatestAsync(Panel, Period));

        // The broken override is fixed; the next hourly firing queues the month again and it is published.
        await app.Store.Files.DeleteAsync(Containers.Templates, "cover.scriban-html");
        await FireAtAsync("2019-10-05T08:00:00Z");

        var published = await app.Store.Reports.LatestAsync(Panel, Period);
        Assert.Equal(1, published!.Version);
        Assert.Contains($"{published.Folder}/report.pdf", await app.Store.Files.ListAsync(Containers.Reports, published.Folder));
    }

    [Fact]
    public async Task Run_CorrectionUploadedOnTheNinth_ReissuedAsVersionTwoAndOnlyOnce()
    {
        await FireAtAsync("2019-10-05T07:00:00Z");
        await FireAtAsync("2019-10-05T08:00:00Z");
        Assert.Equal(1, (await app.Store.Reports.LatestAsync(Panel, Period))!.Version);

        app.Clock.SetUtcNow(DateTimeOffset.Parse("2019-10-09T10:20:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await app.Create<IngestUpload>().Run(await app.DropAsync("september-corrected.csv", "indicator,period,value\nCLA_COUNT,2019-09,615\n"), CancellationToken.None);
        await FireAtAsync("2019-10-09T11:00:00Z");
        await FireAtAsync("2019-10-09T12:00:00Z");

        var versions = (await app.Store.Reports.ListAsync(Panel)).Where(version => version.Period == Period).Select(version => version.Version);
        Assert.Equal([1, 2], versions.Order());
    }

    [Fact]
    public async Task Run_PastDueAfterTheAppWasDown_CatchesUp()
    {
        await FireAtAsync("2019-10-07T13:00:00Z", pastDue: true);

        Assert.Equal(1, (await app.Store.Reports.LatestAsync(Panel, Period))!.Version);
    }

    // The timer queues the wave; the queue's messages are then run as the host runs them.
    private async Task<RunnerResult> FireAtAsync(string instant, bool pastDue = false)
    {
        app.Clock.SetUtcNow(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));
        await app.Create<PublishMonthlyReport>().Run(Timers.Firing(pastDue), CancellationToken.None);
        return await PublicationQueueRunner.RunAsync(app);
    }

    private static MemoryStream Text(string content) => new(Encoding.UTF8.GetBytes(content));
}

using System.Globalization;
using System.Text;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Functions.Publication;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Functions.Tests;

/// <summary>
/// The publication fanned out over queues: the timer queues one message per panel and one portal refresh per wave,
/// PublishPanelReport makes each panel's report (a repeat makes no second version), a message that keeps failing is
/// reported from publications-poison, and the portal is written once, when the wave is done.
/// </summary>
public sealed class PublicationFanOutTests : IAsyncLifetime
{
    private const string Period = "2019-09";
    private static readonly string[] Panels = [DemoCouncil.Panel.Id, "corporate-parenting", "safeguarding"];
    private FunctionsTestHost app = null!;

    public async Task InitializeAsync()
    {
        app = await FunctionsTestHost.StartAsync("2019-10-01T09:00:00Z");
        await app.SeedCatalogueAndPanelAsync();
        foreach (var id in Panels.Skip(1))
        {
            await app.Store.Panels.SaveAsync(DemoCouncil.Panel with { Id = id, Name = "Panel " + id });
        }

        await app.Create<IngestUpload>().Run(
            await app.DropAsync("september.csv", "indicator,period,value\nCLA_COUNT,2019-09,611\nCLA_COUNT,2019-08,607\n"), CancellationToken.None);
        app.Clock.SetUtcNow(DateTimeOffset.Parse("2019-10-05T07:00:00Z", CultureInfo.InvariantCulture));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Timer_ThreePanels_QueuesOneMessageEachAndOneDelayedRefreshAndMakesNoReport()
    {
        await app.Create<PublishMonthlyReport>().Run(Timers.Firing(), CancellationToken.None);

        var queues = app.Services.GetRequiredService<PublicationQueues>();
        var messages = (await queues.Publications.PeekMessagesAsync(32)).Value.Select(m => PanelPublicationMessage.TryRead(m.Body.ToString())!).ToList();
        Assert.Equal(Panels.Order(StringComparer.Ordinal), messages.Select(m => m.Panel).Order(StringComparer.Ordinal));
        Assert.All(messages, m => Assert.Equal(Period, m.Period));
        Assert.Single(messages.Select(m => m.Wave).Distinct());
        // The refresh is queued but not yet visible: it first looks once the wave had time to run.
        Assert.Equal(1, (await queues.PortalRefresh.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Empty((await queues.PortalRefresh.PeekMessagesAsync()).Value);
        Assert.Empty(await app.Store.Reports.ListAsync(DemoCouncil.Panel.Id));
    }

    [Fact]
    public async Task PublishPanelReport_SameMessageDeliveredTwice_OneVersion()
    {
        await app.Create<PublishMonthlyReport>().Run(Timers.Firing(), CancellationToken.None);
        var message = (await app.Services.GetRequiredService<PublicationQueues>().Publications.ReceiveMessagesAsync(1)).Value.Single();

        await app.Create<PublishPanelReport>().Run(message, CancellationToken.None);
        await app.Create<PublishPanelReport>().Run(message, CancellationToken.None);

        var panel = PanelPublicationMessage.TryRead(message.Body.ToString())!.Panel;
        Assert.Equal([1], (await app.Store.Reports.ListAsync(panel)).Where(v => v.Period == Period).Select(v => v.Version));
    }

    [Fact]
    public async Task Wave_FourWorkersAtOnce_EveryPanelExactlyOneVersion()
    {
        await app.Create<PublishMonthlyReport>().Run(Timers.Firing(), CancellationToken.None);

        var run = await PublicationQueueRunner.RunAsync(app, workers: 4);

        Assert.Equal(Panels.Length, run.Completed);
        foreach (var panel in Panels)
        {
            Assert.Equal([1], (await app.Store.Reports.ListAsync(panel)).Where(v => v.Period == Period).Select(v => v.Version));
        }
    }

    [Fact]
    public async Task RefreshPortalAfterWave_PanelsStillRunning_LooksAgainLaterAndLeavesThePortal()
    {
        await app.Create<PublishMonthlyReport>().Run(Timers.Firing(), CancellationToken.None);
        var wave = await WaveIdAsync();
        var first = (await app.Services.GetRequiredService<PublicationQueues>().Publications.ReceiveMessagesAsync(1)).Value.Single();
        await app.Create<PublishPanelReport>().Run(first, CancellationToken.None);
        app.Clock.Advance(PublicationQueues.RefreshCheckInterval);

        await app.Create<RefreshPortalAfterWave>().Run(RefreshMessage(wave), CancellationToken.None);

        // One panel of three is done: no portal yet, and the refresh queued itself again.
        Assert.Null(await app.Store.Files.OpenReadAsync("$web", "index.html"));
        Assert.Equal(2, (await app.Services.GetRequiredService<PublicationQueues>().PortalRefresh.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task RefreshPortalAfterWave_EveryPanelDone_PortalWrittenOnceForTheWave()
    {
        await app.Create<PublishMonthlyReport>().Run(Timers.Firing(), CancellationToken.None);
        await PublicationQueueRunner.RunAsync(app, workers: 2);
        // Panels' messages write no portal: the wave's refresh does.
        Assert.Null(await app.Store.Files.OpenReadAsync("$web", "index.html"));

        await app.Create<RefreshPortalAfterWave>().Run(RefreshMessage(await WaveIdAsync()), CancellationToken.None);

        await using var index = await app.Store.Files.OpenReadAsync("$web", "index.html");
        Assert.NotNull(index);
        Assert.Equal(1, (await app.Services.GetRequiredService<PublicationQueues>().PortalRefresh.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task PoisonedMessage_ReportedToTheOperatorAndTheWaveRefreshesWithoutIt()
    {
        await app.Store.Files.WriteAsync(Containers.Templates, "cover.scriban-html", new MemoryStream(Encoding.UTF8.GetBytes("{{ if }}")), overwrite: true);
        await app.Create<PublishMonthlyReport>().Run(Timers.Firing(), CancellationToken.None);

        var run = await PublicationQueueRunner.RunAsync(app);
        Assert.Equal(Panels.Length, run.Poisoned);

        using var telemetry = new CapturedTelemetry();
        var reporter = ActivatorUtilities.CreateInstance<ReportPoisonedPublication>(app.Services, telemetry.Events);
        foreach (var poisoned in await PublicationQueueRunner.PoisonedAsync(app))
        {
            await reporter.Run(poisoned, CancellationToken.None);
        }

        var failed = telemetry.CustomEvents.Where(e => e.Name == "PublicationFailed").ToList();
        Assert.Equal(Panels.Order(StringComparer.Ordinal), failed.Select(e => e.Properties["panel"]).Order(StringComparer.Ordinal));
        Assert.All(failed, e => Assert.Equal(Period, e.Properties["period"]));
        var wave = (await PublicationWave.ReadAsync(app.Store.Files, await WaveIdAsync(), CancellationToken.None))!;
        Assert.All((await wave.MarksAsync(app.Store.Files, CancellationToken.None)).Values, mark => Assert.Equal(PanelMark.Failed, mark));
        Assert.Equal(Panels.Length, (await wave.MarksAsync(app.Store.Files, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Timer_WavesOlderThanEightDays_AreRemovedWithStrayMarkers_NewerOnesKept()
    {
        await app.Create<PublishMonthlyReport>().Run(Timers.Firing(), CancellationToken.None);
        var wave = await WaveIdAsync();
        var peeked = (await app.Services.GetRequiredService<PublicationQueues>().Publications.PeekMessagesAsync(1)).Value.Single();
        var late = QueuesModelFactory.QueueMessage("late-1", "pop-1", peeked.Body, dequeueCount: 2);
        await PublicationQueueRunner.RunAsync(app, workers: 2);
        await app.Create<RefreshPortalAfterWave>().Run(RefreshMessage(wave), CancellationToken.None);
        Assert.Equal(Panels.Length + 1, (await app.Store.Files.ListAsync(Containers.Reports, $"_waves/{wave}/")).Count);
        using (var empty = new MemoryStream())
        {
            // A marker a late message left for a wave already swept, and a folder that is no wave.
            await app.Store.Files.WriteAsync(Containers.Reports, "_waves/2019-08-20190901T070000Z/default.published", empty, overwrite: true);
            await app.Store.Files.WriteAsync(Containers.Reports, "_waves/notes/readme.txt", empty, overwrite: true);
        }

        app.Clock.Advance(PublicationWave.KeptFor - TimeSpan.FromMinutes(1));
        await app.Create<PublishMonthlyReport>().Run(Timers.Firing(), CancellationToken.None);
        Assert.Equal(Panels.Length + 1, (await app.Store.Files.ListAsync(Containers.Reports, $"_waves/{wave}/")).Count);
        Assert.Empty(await app.Store.Files.ListAsync(Containers.Reports, "_waves/2019-08-"));

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.Create<PublishMonthlyReport>().Run(Timers.Firing(), CancellationToken.None);
        Assert.Empty(await app.Store.Files.ListAsync(Containers.Reports, $"_waves/{wave}/"));
        Assert.Single(await app.Store.Files.ListAsync(Containers.Reports, "_waves/notes/"));

        // A message about the swept wave arriving even later still publishes (nothing new) without failing; the
        // marker it leaves goes with the next firing, and the refresh for a wave that is gone does nothing.
        await app.Create<PublishPanelReport>().Run(late, CancellationToken.None);
        await app.Create<RefreshPortalAfterWave>().Run(RefreshMessage(wave), CancellationToken.None);
        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.Create<PublishMonthlyReport>().Run(Timers.Firing(), CancellationToken.None);
        Assert.Empty(await app.Store.Files.ListAsync(Containers.Reports, $"_waves/{wave}/"));
        Assert.Equal([1], (await app.Store.Reports.ListAsync(PanelPublicationMessage.TryRead(late.Body.ToString())!.Panel)).Where(v => v.Period == Period).Select(v => v.Version));
    }

    private async Task<string> WaveIdAsync()
    {
        var waves = (await app.Store.Files.ListAsync(Containers.Reports, "_waves/")).Where(p => p.EndsWith("/wave.json", StringComparison.Ordinal)).ToList();
        return Assert.Single(waves).Split('/')[1];
    }

    private static QueueMessage RefreshMessage(string wave) =>
        QueuesModelFactory.QueueMessage("refresh-1", "pop-1", BinaryData.FromString(wave), dequeueCount: 1);
}

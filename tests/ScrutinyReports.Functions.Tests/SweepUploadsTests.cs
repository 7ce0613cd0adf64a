using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Functions.Tests;

/// <summary>
/// SweepUploads takes in what the blob trigger missed (Event Grid gave up, or the trigger's message went to the
/// poison queue): files that waited in uploads longer than its minimum age, through the same idempotent handler.
/// </summary>
public sealed class SweepUploadsTests : IAsyncLifetime
{
    private FunctionsTestHost app = null!;

    public async Task InitializeAsync()
    {
        app = await FunctionsTestHost.StartAsync(DateTimeOffset.UtcNow.ToString("O"));
        await app.SeedCatalogueAndPanelAsync();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Run_FileWaitingLongerThanTheMinimumAge_TakenInAndRemoved()
    {
        var missed = await app.DropAsync("missed.csv", "indicator,period,value\nCLA_COUNT,2019-09,611\n");
        app.Clock.Advance(SweepUploads.MinimumAge + TimeSpan.FromMinutes(1));

        await app.Create<SweepUploads>().Run(Timers.Firing(), CancellationToken.None);

        Assert.False(await missed.ExistsAsync());
        Assert.Equal("missed.csv", Assert.Single(await app.Store.Uploads.ListAsync()).FileName);
    }

    [Fact]
    public async Task Run_FileJustDropped_LeftForTheTrigger()
    {
        var fresh = await app.DropAsync("fresh.csv", "indicator,period,value\nCLA_COUNT,2019-09,611\n");
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        await app.Create<SweepUploads>().Run(Timers.Firing(), CancellationToken.None);

        Assert.True(await fresh.ExistsAsync());
        Assert.Empty(await app.Store.Uploads.ListAsync());
    }

    [Fact]
    public async Task Run_TriggerAndSweepBothTakeTheFile_StoredOnce()
    {
        const string Csv = "indicator,period,value\nCLA_COUNT,2019-09,611\n";
        var blob = await app.DropAsync("september.csv", Csv);
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await app.Create<SweepUploads>().Run(Timers.Firing(), CancellationToken.None);

        // The trigger's late delivery for the same file, and the officer sending it again.
        await app.Create<IngestUpload>().Run(blob, CancellationToken.None);
        await app.DropAsync("september.csv", Csv);
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await app.Create<SweepUploads>().Run(Timers.Firing(), CancellationToken.None);

        Assert.Single(await app.Store.Uploads.ListAsync());
        Assert.Empty(await app.Store.Files.ListAsync(Containers.Uploads));
    }
}

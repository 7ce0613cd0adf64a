using Azure.Data.Tables;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Storage;
using static ScrutinyReports.Storage.Azure.Tests.TestFigures;

namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>
/// Commits from several processes at once (each a store of its own over the same tables). The current figure is the
/// latest upload's whichever commit finishes first, and one upload id is stored once however many try.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureConcurrentCommitTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string prefix = AzuriteFixture.NewPrefix();
    private AzureStore store = null!;

    public async Task InitializeAsync() => store = await azurite.OpenStoreAsync(prefix);

    public Task DisposeAsync() => AzuriteFixture.DeleteStoreAsync(store);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TwoUploadsOfTheSameFigures_ResolveByUploadOrder_WhicheverFinishesFirst(bool laterFinishesFirst)
    {
        var earlier = Upload("e", Start);
        var later = Upload("l", Start.AddHours(1));
        var release = new TaskCompletionSource();
        var held = new TaskCompletionSource();
        var slow = await azurite.OpenStoreAsync(prefix, new FaultInjector { BeforeBatch = _ => { held.TrySetResult(); return release.Task; } });
        var (first, second) = laterFinishesFirst ? (later, earlier) : (earlier, later);

        // The second upload starts first and is held at its first batch while the first upload commits in full.
        var slowCommit = slow.Observations.CommitAsync(second, Grid(indicators: 3, breakdowns: 2, value: Value(second)));
        await held.Task;
        var fast = await store.Observations.CommitAsync(first, Grid(indicators: 3, breakdowns: 2, value: Value(first)));
        release.SetResult();
        var slowResult = await slowCommit;

        Assert.Equal((144L, 144L), (fast.Total, slowResult.Total));
        foreach (var breakdown in new[] { "", "Team 1" })
        {
            var current = await store.Observations.ReadCurrentAsync(Everything with { Breakdown = breakdown });
            Assert.Equal(72, current.Count);
            Assert.All(current, o => Assert.Equal(Value(later), o.Value));
        }

        var history = await store.Observations.ReadHistoryAsync("IND_002", ReportingPeriod.Month(2019, 9), "Team 1");
        Assert.Equal([(earlier.Id, false), (later.Id, true)], history.Select(h => (h.UploadId, h.IsCurrent)));
    }

    [Fact]
    public async Task ManyUploadsAtOnce_LatestUploadWinsEveryFigure()
    {
        var uploads = Enumerable.Range(0, 6).Select(i => Upload($"u{i}", Start.AddMinutes(i))).ToList();
        var stores = await Task.WhenAll(uploads.Select(_ => azurite.OpenStoreAsync(prefix)));

        var results = await Task.WhenAll(uploads.Select((upload, i) =>
            stores[i].Observations.CommitAsync(upload, Grid(indicators: 4, breakdowns: 1, value: i))));

        Assert.All(results, r => Assert.Equal(96L, r.Total));
        var current = await store.Observations.ReadCurrentAsync(Everything);
        Assert.Equal(96, current.Count);
        Assert.All(current, o => Assert.Equal(5m, o.Value));
        var history = await store.Observations.ReadHistoryAsync("IND_003", ReportingPeriod.Month(2018, 6), "");
        Assert.Equal(uploads.Select(u => u.Id), history.Select(h => h.UploadId));
    }

    [Fact]
    public async Task SameUploadFromTwoProcesses_IsStoredOnce()
    {
        var upload = Upload("same", Start);
        var release = new TaskCompletionSource();
        var held = new TaskCompletionSource();
        var slow = await azurite.OpenStoreAsync(prefix, new FaultInjector { BeforeBatch = _ => { held.TrySetResult(); return release.Task; } });

        var slowCommit = slow.Observations.CommitAsync(upload, Grid(indicators: 3, breakdowns: 1, value: 7m));
        await held.Task;
        var fast = await store.Observations.CommitAsync(upload, Grid(indicators: 3, breakdowns: 1, value: 7m));
        release.SetResult();
        var late = await slowCommit;

        Assert.Equal(new CommitResult(false, 72, 0, 0), fast);
        Assert.Equal(CommitResult.Duplicate, late);
        Assert.Single(await store.Observations.ReadHistoryAsync("IND_001", ReportingPeriod.Month(2018, 1), ""));
        Assert.Equal(72, (await store.Observations.ReadCurrentAsync(Everything)).Count);
        Assert.Equal(72, await CountRevisionsAsync());
    }

    [Fact]
    public async Task RecommittingAnAcceptedUpload_WritesNothing()
    {
        await store.Observations.CommitAsync(Upload("a", Start), Grid(indicators: 2, breakdowns: 1, value: 1m));

        var again = await store.Observations.CommitAsync(Upload("a", Start.AddDays(3)), Grid(indicators: 5, breakdowns: 2, value: 9m));

        Assert.Equal(CommitResult.Duplicate, again);
        Assert.Equal(48, await CountRevisionsAsync());
        Assert.Equal(Start, (await store.Uploads.FindAsync("sha256:a"))!.ReceivedAt);
    }

    private static decimal Value(UploadRecord upload) => upload.Id == "sha256:l" ? 2m : 1m;

    private async Task<int> CountRevisionsAsync()
    {
        var count = 0;
        await foreach (var unused in store.Resources.Table(StoreTables.Observations).QueryAsync<TableEntity>(select: ["RowKey"]))
        {
            count++;
        }

        return count;
    }
}

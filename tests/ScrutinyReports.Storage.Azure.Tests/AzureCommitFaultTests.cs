using Azure;
using Azure.Data.Tables;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Storage;
using static ScrutinyReports.Storage.Azure.Tests.TestFigures;

namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>
/// A commit spans many batch transactions. Whatever happens part-way (a failed batch, a process that dies before it
/// can clean up, an upload rejected mid-file), readers see the whole upload or none of it, and trying again stores it once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureCommitFaultTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string prefix = AzuriteFixture.NewPrefix();
    private AzureStore store = null!;

    public async Task InitializeAsync() => store = await azurite.OpenStoreAsync(prefix);

    public Task DisposeAsync() => AzuriteFixture.DeleteStoreAsync(store);

    [Fact]
    public async Task CrashBetweenBatches_LeavesNothingVisible_AndARetryCommitsOnce()
    {
        var earlier = Upload("a", Start);
        await store.Observations.CommitAsync(earlier, Grid(indicators: 5, breakdowns: 3, value: 1m));
        var later = Upload("b", Start.AddDays(1));
        var crashing = await azurite.OpenStoreAsync(prefix, new FaultInjector { FailBatch = 4, DeadAfterFault = true }, maxConcurrentBatches: 1);

        await Assert.ThrowsAsync<RequestFailedException>(() => crashing.Observations.CommitAsync(later, Grid(indicators: 10, breakdowns: 3, value: 2m)));

        // The dead process could not clean up: its first three batches are still in the table, and count for nothing.
        Assert.Equal(360 + 300, await CountRevisionsAsync());
        Assert.Null(await store.Uploads.FindAsync(later.Id));
        Assert.All(await store.Observations.ReadCurrentAsync(Everything), o => Assert.Equal(1m, o.Value));
        Assert.Equal(120, (await store.Observations.ReadCurrentAsync(Everything)).Count);
        Assert.Single(await store.Observations.ReadHistoryAsync("IND_000", ReportingPeriod.Month(2017, 10), ""));

        var retry = await store.Observations.CommitAsync(later, Grid(indicators: 10, breakdowns: 3, value: 2m));

        Assert.Equal(new CommitResult(false, 360, 360, 0), retry);
        Assert.Equal(CommitResult.Duplicate, await store.Observations.CommitAsync(later, Grid(indicators: 10, breakdowns: 3, value: 2m)));
        var current = await store.Observations.ReadCurrentAsync(Everything with { Breakdown = "Team 1" });
        Assert.Equal(240, current.Count);
        Assert.All(current, o => Assert.Equal(2m, o.Value));
        foreach (var breakdown in new[] { "", "Team 1", "Team 2" })
        {
            // 2018's partitions fill first, so these figures are among the crashed attempt's leftovers.
            var history = await store.Observations.ReadHistoryAsync("IND_000", ReportingPeriod.Month(2018, 1), breakdown);
            Assert.Equal([("sha256:a", false), ("sha256:b", true)], history.Select(h => (h.UploadId, h.IsCurrent)));
        }

        Assert.Equal(720L, (await store.Uploads.FindAsync(later.Id))!.ObservationCount);
    }

    [Fact]
    public async Task FailedBatch_IsCleanedUpBestEffort()
    {
        var failing = await azurite.OpenStoreAsync(prefix, new FaultInjector { FailBatch = 3 }, maxConcurrentBatches: 1);

        await Assert.ThrowsAsync<RequestFailedException>(() => failing.Observations.CommitAsync(Upload("a", Start), Grid(indicators: 10, breakdowns: 3, value: 2m)));

        Assert.Equal(0, await CountRevisionsAsync());
        Assert.Empty(await store.Observations.ReadCurrentAsync(Everything));
    }

    [Fact]
    public async Task UploadRejectedMidFile_ThenAcceptedLater_NeverCountsTheAbandonedRevisions()
    {
        await store.Observations.CommitAsync(Upload("a", Start), [Monthly("CLA_COUNT", 2019, 9, 588m)]);
        var injector = new FaultInjector();
        var crashing = await azurite.OpenStoreAsync(prefix, injector, maxConcurrentBatches: 1);
        IEnumerable<Observation> RejectedPartWay()
        {
            foreach (var figure in Grid(indicators: 30, breakdowns: 1, value: 9m).Take(600))
            {
                yield return figure;
            }

            yield return Monthly("CLA_COUNT", 2019, 9, 999m);

            // The process dies as the file is rejected, so nothing is cleaned up: the revisions written so far stay.
            injector.Kill();
            throw new InvalidDataException("row 602: expected a number");
        }

        await Assert.ThrowsAsync<InvalidDataException>(() => crashing.Observations.CommitAsync(Upload("b", Start.AddDays(1)), RejectedPartWay()));
        Assert.True(await CountRevisionsAsync() > 100);
        await store.Uploads.RecordRejectedAsync(Upload("b", Start.AddDays(1)) with { Outcome = UploadOutcome.Rejected, Errors = ["row 202: expected a number"] });
        Assert.Equal(UploadOutcome.Rejected, (await store.Uploads.FindAsync("sha256:b"))!.Outcome);

        // The same content arrives again after a catalogue fix and is accepted, at a later time, with fewer figures.
        var accepted = await store.Observations.CommitAsync(Upload("b", Start.AddDays(2)), [Monthly("CLA_COUNT", 2019, 9, 590m)]);

        Assert.Equal(new CommitResult(false, 0, 1, 0), accepted);
        Assert.Equal(590m, Assert.Single(await store.Observations.ReadCurrentAsync(Everything)).Value);
        var history = await store.Observations.ReadHistoryAsync("CLA_COUNT", ReportingPeriod.Month(2019, 9), "");
        Assert.Equal([588m, 590m], history.Select(h => h.Observation.Value!.Value));
        Assert.Equal(UploadOutcome.Accepted, (await store.Uploads.FindAsync("sha256:b"))!.Outcome);
    }

    [Fact]
    public async Task ReadBegunBeforeACommitFinished_CountsNoneOfIt()
    {
        await store.Observations.CommitAsync(Upload("a", Start), Grid(indicators: 2, breakdowns: 1, value: 1m));
        var queryHeld = new TaskCompletionSource();
        var queryReached = new TaskCompletionSource();
        var reader = await azurite.OpenStoreAsync(prefix, new QueryGate(queryReached, queryHeld.Task));

        // The reader has noted the commit sequence and is about to query the revisions when another process commits.
        var read = reader.Observations.ReadCurrentAsync(Everything);
        await queryReached.Task;
        await store.Observations.CommitAsync(Upload("b", Start.AddDays(1)), Grid(indicators: 2, breakdowns: 1, value: 2m));
        queryHeld.SetResult();

        Assert.All(await read, o => Assert.Equal(1m, o.Value));
        Assert.All(await store.Observations.ReadCurrentAsync(Everything), o => Assert.Equal(2m, o.Value));
    }

    private async Task<int> CountRevisionsAsync()
    {
        var count = 0;
        await foreach (var unused in store.Resources.Table(StoreTables.Observations).QueryAsync<TableEntity>(select: ["RowKey"]))
        {
            count++;
        }

        return count;
    }

    /// <summary>Holds the first query of the observations table until released.</summary>
    private sealed class QueryGate(TaskCompletionSource reached, Task release) : global::Azure.Core.Pipeline.HttpPipelinePolicy
    {
        private int queries;

        public override async ValueTask ProcessAsync(global::Azure.Core.HttpMessage message, ReadOnlyMemory<global::Azure.Core.Pipeline.HttpPipelinePolicy> pipeline)
        {
            if (message.Request.Uri.Path.Contains("observations()", StringComparison.Ordinal) && Interlocked.Increment(ref queries) == 1)
            {
                reached.SetResult();
                await release;
            }

            await ProcessNextAsync(message, pipeline);
        }

        public override void Process(global::Azure.Core.HttpMessage message, ReadOnlyMemory<global::Azure.Core.Pipeline.HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException();
    }
}

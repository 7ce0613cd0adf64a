using System.Runtime.ExceptionServices;
using Azure.Data.Tables;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// Writes one commit attempt's revisions. A table transaction covers at most 100 entities (and 4 MiB) of one
/// partition, so revisions are gathered per partition and each full batch is sent as one transaction, with up to
/// <c>maxInFlight</c> transactions under way at once across partitions but <c>perPartition</c> (one) within a partition: a
/// partition serves about 2,000 entities a second (one batch every 50 ms), so a second batch in flight there would
/// only queue behind the first or be throttled, and in order a figure named twice lands as its last revision.
/// Upserts make a batch safe to resend. The first failure stops
/// the rest and is what <see cref="CompleteAsync"/> and <see cref="AddAsync"/> throw. Counts each figure against the
/// <see cref="CommitBaseline"/> once its batch is stored. Used by one caller at a time.
/// </summary>
internal sealed class RevisionWriter : IAsyncDisposable
{
    private const int MaxEntities = 100;
    private const int MaxChars = 1_500_000;

    private readonly TableClient table;
    private readonly CommitBaseline baseline;
    private readonly UploadOrder order;
    private readonly SemaphoreSlim slots;
    private readonly CancellationTokenSource stop;
    private readonly Dictionary<string, PendingBatch> pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SemaphoreSlim> partitionSlots = new(StringComparer.Ordinal);
    private readonly HashSet<string> partitions = new(StringComparer.Ordinal);
    private readonly List<Task> inFlight = [];
    private ExceptionDispatchInfo? failure;
    private long added;
    private long superseded;
    private long outdated;

    private readonly int perPartition;

    public RevisionWriter(TableClient table, CommitBaseline baseline, UploadOrder order, int maxInFlight, int perPartition, CancellationToken cancellationToken)
    {
        this.perPartition = perPartition;
        this.table = table;
        this.baseline = baseline;
        this.order = order;
        slots = new SemaphoreSlim(maxInFlight, maxInFlight);
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>Every partition this attempt has written to, or may have.</summary>
    public IReadOnlyCollection<string> Partitions => partitions;

    public CommitResult Result => new(false, added, superseded, outdated);

    public ValueTask AddAsync(string partitionKey, string figure, TableEntity entity, int approximateChars)
    {
        Volatile.Read(ref failure)?.Throw();
        if (!pending.TryGetValue(partitionKey, out var batch))
        {
            batch = new PendingBatch(partitionKey);
            pending.Add(partitionKey, batch);
            partitions.Add(partitionKey);
        }

        batch.Add(figure, entity, approximateChars);
        if (batch.Count < MaxEntities && batch.Chars < MaxChars)
        {
            return ValueTask.CompletedTask;
        }

        pending.Remove(partitionKey);
        return SubmitAsync(batch);
    }

    /// <summary>Sends what is left and waits for every batch; throws the first failure.</summary>
    public async Task CompleteAsync()
    {
        foreach (var batch in pending.Values)
        {
            await SubmitAsync(batch);
        }

        pending.Clear();
        await WaitForAllAsync();
        Volatile.Read(ref failure)?.Throw();
    }

    /// <summary>Stops sending and waits until no batch is under way, so that nothing lands after a clean-up.</summary>
    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await WaitForAllAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        slots.Dispose();
        foreach (var slot in partitionSlots.Values)
        {
            slot.Dispose();
        }

        stop.Dispose();
    }

    private async ValueTask SubmitAsync(PendingBatch batch)
    {
        if (!partitionSlots.TryGetValue(batch.PartitionKey, out var partitionSlot))
        {
            partitionSlot = new SemaphoreSlim(perPartition, perPartition);
            partitionSlots.Add(batch.PartitionKey, partitionSlot);
        }

        try
        {
            await partitionSlot.WaitAsync(stop.Token);
        }
        catch (OperationCanceledException) when (Volatile.Read(ref failure) is { } first)
        {
            first.Throw();
        }

        try
        {
            await slots.WaitAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            partitionSlot.Release();
            Volatile.Read(ref failure)?.Throw();
            throw;
        }

        inFlight.Add(SendAsync(batch, partitionSlot));
        if (inFlight.Count >= 256)
        {
            inFlight.RemoveAll(task => task.IsCompletedSuccessfully);
        }
    }

    private async Task SendAsync(PendingBatch batch, SemaphoreSlim partitionSlot)
    {
        try
        {
            var known = await baseline.ForPartitionAsync(batch.PartitionKey, stop.Token);
            await table.SubmitTransactionAsync(batch.Actions, stop.Token);
            long newFigures = 0, later = 0, earlier = 0;
            foreach (var figure in batch.Figures)
            {
                if (!known.TryGetValue(figure, out var current))
                {
                    newFigures++;
                }
                else if (current < order)
                {
                    later++;
                }
                else
                {
                    earlier++;
                }
            }

            Interlocked.Add(ref added, newFigures);
            Interlocked.Add(ref superseded, later);
            Interlocked.Add(ref outdated, earlier);
        }
        catch (Exception ex)
        {
            Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(ex), null);
            await stop.CancelAsync();
            throw;
        }
        finally
        {
            slots.Release();
            partitionSlot.Release();
        }
    }

    private async Task WaitForAllAsync()
    {
        try
        {
            await Task.WhenAll(inFlight);
        }
        catch (Exception) when (failure is not null)
        {
            // Recorded in failure; the first failure is the one reported.
        }
        finally
        {
            inFlight.RemoveAll(task => task.IsCompleted);
        }
    }

    /// <summary>One partition's revisions waiting to be sent. A figure named twice in one upload keeps its last revision.</summary>
    private sealed class PendingBatch(string partitionKey)
    {
        private readonly Dictionary<string, int> byRowKey = new(StringComparer.Ordinal);

        public string PartitionKey { get; } = partitionKey;

        public List<TableTransactionAction> Actions { get; } = new(MaxEntities);

        public List<string> Figures { get; } = new(MaxEntities);

        public int Count => Actions.Count;

        public int Chars { get; private set; }

        public void Add(string figure, TableEntity entity, int approximateChars)
        {
            var action = new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity);
            if (byRowKey.TryGetValue(entity.RowKey, out var index))
            {
                Actions[index] = action;
                return;
            }

            byRowKey.Add(entity.RowKey, Actions.Count);
            Actions.Add(action);
            Figures.Add(figure);
            Chars += approximateChars;
        }
    }
}

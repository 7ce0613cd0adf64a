using Azure.Data.Tables;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// Observations as immutable revisions in Azure Tables. A table transaction covers one partition and 100 entities,
/// so a large upload cannot be one transaction; instead a commit is all or nothing as readers see it:
/// <list type="number">
/// <item>every figure is written as a new revision tagged with this commit attempt (batches of 100 per partition,
/// many partitions at once, one batch at a time within each: <see cref="RevisionWriter"/>);</item>
/// <item>the commit takes the next commit sequence number (<see cref="CommitSequence"/>);</item>
/// <item>last, the upload's ledger entry is written as Accepted, naming the attempt: the commit marker.</item>
/// </list>
/// Readers count a revision only if its upload's marker names its attempt and was numbered before the read began,
/// and take the current figure as the counted revision latest in upload order. A commit that fails before its marker
/// leaves nothing readers count; its revisions are removed on a best-effort basis.
/// </summary>
internal sealed class AzureObservationStore(
    StorageResources resources, AzureUploadLedger ledger, CommitSequence sequence, CommitMarkers markers, AzureStoreOptions options) : IObservationStore
{
    public async Task<CommitResult> CommitAsync(UploadRecord upload, IEnumerable<Observation> observations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(observations);
        var table = await resources.TableAsync(StoreTables.Observations, cancellationToken);
        var existing = await ledger.ReadEntryAsync(upload.Id, cancellationToken);
        if (existing is not null && UploadEntities.Marker(existing) is not null)
        {
            return CommitResult.Duplicate;
        }

        var attempt = Guid.NewGuid().ToString("N");
        var order = UploadOrder.Of(upload);
        var suffix = ObservationEntityKeys.AttemptSuffix(order, attempt);
        var baseline = new CommitBaseline(table, markers, await sequence.CurrentAsync(cancellationToken));
        await using var writer = new RevisionWriter(table, baseline, order, options.MaxConcurrentBatches, options.MaxBatchesPerPartition, cancellationToken);
        try
        {
            foreach (var observation in observations)
            {
                var partition = ObservationEntityKeys.Partition(observation);
                var figure = ObservationEntityKeys.Figure(observation.IndicatorId, observation.Period);
                var entity = ObservationEntities.Create(partition, figure + suffix, observation, upload.Id, order, attempt);
                await writer.AddAsync(partition, figure, entity, ObservationEntities.ApproximateChars(observation));
            }

            await writer.CompleteAsync();
        }
        catch (Exception)
        {
            await writer.StopAsync();
            if (!cancellationToken.IsCancellationRequested)
            {
                await RevisionCleanup.RemoveAttemptAsync(table, writer.Partitions, attempt);
            }

            throw;
        }

        var result = writer.Result;
        var marker = UploadEntities.Accepted(upload, result.Total, attempt, await sequence.NextAsync(cancellationToken));
        if (await ledger.AcceptAsync(marker, existing?.ETag, attempt, cancellationToken))
        {
            return result;
        }

        // Another attempt at the same upload was accepted first; this attempt's revisions will never count.
        await RevisionCleanup.RemoveAttemptAsync(table, writer.Partitions, attempt);
        return CommitResult.Duplicate;
    }

    public async Task<IReadOnlyList<Observation>> ReadCurrentAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Indicators is { Count: 0 })
        {
            return [];
        }

        var table = await resources.TableAsync(StoreTables.Observations, cancellationToken);
        var visibility = markers.AsOf(await sequence.CurrentAsync(cancellationToken));
        var current = new Dictionary<string, (UploadOrder Order, TableEntity Revision)>(StringComparer.Ordinal);
        await foreach (var revision in table.QueryAsync<TableEntity>(ObservationEntityKeys.WindowFilter(query), cancellationToken: cancellationToken))
        {
            if (!await visibility.CountsAsync(revision, cancellationToken))
            {
                continue;
            }

            var figure = ObservationEntityKeys.FigureOf(revision.RowKey);
            var order = ObservationEntities.Order(revision);
            if (!current.TryGetValue(figure, out var known) || known.Order < order)
            {
                current[figure] = (order, revision);
            }
        }

        return [.. current.Values
            .Select(c => ObservationEntities.Read(c.Revision, query.Breakdown))
            .OrderBy(o => o.IndicatorId, StringComparer.Ordinal)
            .ThenBy(o => o.Period)];
    }

    // Partitions are "{breakdown}|{year}", so the keys are found by a skip scan: the first partition at or after a
    // point, then a jump past all of its breakdown's years. One single-entity query per key (and one past the whole authority).
    public async Task<IReadOnlyList<string>> ListBreakdownsAsync(CancellationToken cancellationToken = default)
    {
        var table = await resources.TableAsync(StoreTables.Observations, cancellationToken);
        var keys = new List<string>();
        var from = string.Empty;
        while (true)
        {
            string? partition = null;
            var filter = from.Length == 0 ? null : $"PartitionKey ge {TableKeys.Quote(from)}";
            await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
            {
                partition = entity.PartitionKey;
                break;
            }

            if (partition is null)
            {
                break;
            }

            var breakdown = ObservationEntityKeys.BreakdownPartOf(partition);
            if (breakdown.Length > 0)
            {
                keys.Add(TableKeys.UnescapePart(breakdown));
            }

            from = ObservationEntityKeys.AfterBreakdown(breakdown);
        }

        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    public async Task<IReadOnlyList<ObservationRevision>> ReadHistoryAsync(string indicatorId, ReportingPeriod period, string breakdown, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicatorId);
        ArgumentNullException.ThrowIfNull(breakdown);
        var table = await resources.TableAsync(StoreTables.Observations, cancellationToken);
        var visibility = markers.AsOf(await sequence.CurrentAsync(cancellationToken));
        var revisions = new List<(UploadOrder Order, TableEntity Revision)>();
        await foreach (var revision in table.QueryAsync<TableEntity>(ObservationEntityKeys.HistoryFilter(indicatorId, period, breakdown), cancellationToken: cancellationToken))
        {
            if (await visibility.CountsAsync(revision, cancellationToken))
            {
                revisions.Add((ObservationEntities.Order(revision), revision));
            }
        }

        revisions.Sort((a, b) => a.Order.CompareTo(b.Order));
        return [.. revisions.Select((r, i) => new ObservationRevision(
            ObservationEntities.Read(r.Revision, breakdown),
            ObservationEntities.UploadId(r.Revision),
            new DateTimeOffset(r.Order.Ticks, TimeSpan.Zero),
            i == revisions.Count - 1))];
    }
}

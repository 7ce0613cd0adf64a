using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// What a commit compares its figures with, to count them as added, superseding or outdated: for each figure in a
/// partition, the upload order of its current committed revision, as of the commit's start. Each partition is read
/// once, when the commit first writes to it. Thread-safe.
/// </summary>
internal sealed class CommitBaseline(TableClient table, CommitMarkers markers, long snapshot)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<Dictionary<string, UploadOrder>>>> partitions = new(StringComparer.Ordinal);

    public Task<Dictionary<string, UploadOrder>> ForPartitionAsync(string partitionKey, CancellationToken cancellationToken) =>
        partitions.GetOrAdd(partitionKey, key => new Lazy<Task<Dictionary<string, UploadOrder>>>(() => LoadAsync(key, cancellationToken))).Value;

    private async Task<Dictionary<string, UploadOrder>> LoadAsync(string partitionKey, CancellationToken cancellationToken)
    {
        var visibility = markers.AsOf(snapshot);
        var current = new Dictionary<string, UploadOrder>(StringComparer.Ordinal);
        var filter = $"PartitionKey eq {TableKeys.Quote(partitionKey)}";
        await foreach (var revision in table.QueryAsync<TableEntity>(filter, select: ObservationEntities.OrderProperties, cancellationToken: cancellationToken))
        {
            if (!await visibility.CountsAsync(revision, cancellationToken))
            {
                continue;
            }

            var figure = ObservationEntityKeys.FigureOf(revision.RowKey);
            var order = ObservationEntities.Order(revision);
            if (!current.TryGetValue(figure, out var known) || known < order)
            {
                current[figure] = order;
            }
        }

        return current;
    }
}

using Azure;
using Azure.Data.Tables;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// Removes the revisions an abandoned commit attempt wrote. Best effort only: readers never count an attempt without
/// a commit marker, so whatever this leaves behind is invisible, and a failure here never hides the commit's own.
/// </summary>
internal static class RevisionCleanup
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
    private static readonly string[] KeysOnly = ["PartitionKey", "RowKey"];

    public static async Task RemoveAttemptAsync(TableClient table, IEnumerable<string> partitionKeys, string attempt)
    {
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await Parallel.ForEachAsync(partitionKeys, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = timeout.Token }, async (partitionKey, cancellationToken) =>
            {
                var filter = $"PartitionKey eq {TableKeys.Quote(partitionKey)} and Attempt eq {TableKeys.Quote(attempt)}";
                var batch = new List<TableTransactionAction>(100);
                await foreach (var revision in table.QueryAsync<TableEntity>(filter, select: KeysOnly, cancellationToken: cancellationToken))
                {
                    batch.Add(new TableTransactionAction(TableTransactionActionType.Delete, revision, ETag.All));
                    if (batch.Count == 100)
                    {
                        await table.SubmitTransactionAsync(batch, cancellationToken);
                        batch = new List<TableTransactionAction>(100);
                    }
                }

                if (batch.Count > 0)
                {
                    await table.SubmitTransactionAsync(batch, cancellationToken);
                }
            });
        }
        catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException or TableTransactionFailedException)
        {
            // Left for good: invisible to readers.
        }
    }
}

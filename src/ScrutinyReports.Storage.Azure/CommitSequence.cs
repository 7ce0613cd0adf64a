using Azure;
using Azure.Data.Tables;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// A counter that numbers commits, kept in the uploads table. A commit takes the next number after writing all its
/// revisions and before writing its marker; a reader first notes the current number and then counts only commits
/// numbered at or below it. Every revision of such a commit was written before the reader began, so a reader sees
/// each commit whole or not at all, even while reading many partitions over many requests.
/// </summary>
internal sealed class CommitSequence(StorageResources resources)
{
    // Escaped upload ids never contain lowercase "~s", and ledger entries have RowKey "upload".
    private const string PartitionKey = "~sequence";
    private const string RowKey = "sequence";
    private const string Value = "Value";

    public async Task<long> CurrentAsync(CancellationToken cancellationToken)
    {
        var table = await resources.TableAsync(StoreTables.Uploads, cancellationToken);
        var counter = await table.GetEntityIfExistsAsync<TableEntity>(PartitionKey, RowKey, cancellationToken: cancellationToken);
        return counter.HasValue ? counter.Value!.GetInt64(Value) ?? 0 : 0;
    }

    /// <summary>Takes the next number. Numbers taken by commits that then fail are simply never used.</summary>
    public async Task<long> NextAsync(CancellationToken cancellationToken)
    {
        var table = await resources.TableAsync(StoreTables.Uploads, cancellationToken);
        while (true)
        {
            var counter = await table.GetEntityIfExistsAsync<TableEntity>(PartitionKey, RowKey, cancellationToken: cancellationToken);
            var next = (counter.HasValue ? counter.Value!.GetInt64(Value) ?? 0 : 0) + 1;
            var entity = new TableEntity(PartitionKey, RowKey) { [Value] = next };
            try
            {
                if (counter.HasValue)
                {
                    await table.UpdateEntityAsync(entity, counter.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await table.AddEntityAsync(entity, cancellationToken);
                }

                return next;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another commit took a number first; read again.
            }
        }
    }
}

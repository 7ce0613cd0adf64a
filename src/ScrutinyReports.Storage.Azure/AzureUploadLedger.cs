using Azure;
using Azure.Data.Tables;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// The upload ledger, one entity per upload id. Every change is conditional on what was read (insert when absent,
/// If-Match otherwise), so an acceptance and a rejection racing for the same id cannot overwrite each other: a
/// rejection never replaces an acceptance, and only one commit attempt is ever accepted.
/// </summary>
internal sealed class AzureUploadLedger(StorageResources resources) : IUploadLedger
{
    public async Task<UploadRecord?> FindAsync(string uploadId, CancellationToken cancellationToken = default) =>
        await ReadEntryAsync(uploadId, cancellationToken) is { } entity ? UploadEntities.Read(entity) : null;

    public async Task RecordRejectedAsync(UploadRecord upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var table = await resources.TableAsync(StoreTables.Uploads, cancellationToken);
        while (true)
        {
            var existing = await ReadEntryAsync(upload.Id, cancellationToken);
            if (existing is not null && UploadEntities.Marker(existing) is not null)
            {
                return;
            }

            if (await TryWriteAsync(table, UploadEntities.Rejected(upload), existing?.ETag, cancellationToken))
            {
                return;
            }
        }
    }

    public async Task<IReadOnlyList<UploadRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        var table = await resources.TableAsync(StoreTables.Uploads, cancellationToken);
        var uploads = new List<UploadRecord>();
        await foreach (var entity in table.QueryAsync<TableEntity>($"RowKey eq {TableKeys.Quote(UploadEntities.RowKey)}", cancellationToken: cancellationToken))
        {
            uploads.Add(UploadEntities.Read(entity));
        }

        return [.. uploads.OrderBy(u => u.ReceivedAt).ThenBy(u => u.Id, StringComparer.Ordinal)];
    }

    /// <summary>The ledger entity of an upload, with its ETag, or null.</summary>
    internal async Task<TableEntity?> ReadEntryAsync(string uploadId, CancellationToken cancellationToken)
    {
        var table = await resources.TableAsync(StoreTables.Uploads, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(UploadEntities.PartitionKey(uploadId), UploadEntities.RowKey, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>
    /// Writes the commit marker of an attempt, unless some attempt is already accepted. True when this attempt's marker
    /// is the one stored (including when a retried request had already stored it); false when another attempt won.
    /// </summary>
    internal async Task<bool> AcceptAsync(TableEntity marker, ETag? seen, string attempt, CancellationToken cancellationToken)
    {
        var table = await resources.TableAsync(StoreTables.Uploads, cancellationToken);
        var expected = seen;
        while (!await TryWriteAsync(table, marker, expected, cancellationToken))
        {
            var current = await table.GetEntityIfExistsAsync<TableEntity>(marker.PartitionKey, marker.RowKey, cancellationToken: cancellationToken);
            if (current.HasValue && UploadEntities.Marker(current.Value!) is { } accepted)
            {
                return accepted.Attempt == attempt;
            }

            expected = current.HasValue ? current.Value!.ETag : null;
        }

        return true;
    }

    // Inserts when nothing was seen, else replaces what was seen; false when someone else changed it first.
    private static async Task<bool> TryWriteAsync(TableClient table, TableEntity entity, ETag? seen, CancellationToken cancellationToken)
    {
        try
        {
            if (seen is { } etag)
            {
                await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await table.AddEntityAsync(entity, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }
}

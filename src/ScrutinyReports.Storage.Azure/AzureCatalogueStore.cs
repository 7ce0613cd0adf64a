using Azure;
using Azure.Data.Tables;
using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// The catalogue as numbered versions: each save writes the whole catalogue to a partition of its own
/// ("v-{id}", one entity per indicator, RowKey its position) and then flips one pointer entity to it, so readers see
/// the old catalogue or the new, never a mixture. The replaced version is deleted afterwards; a reader caught
/// reading it meanwhile notices the count is short and reads the pointer again.
/// Declared breakdown dimensions are one entity each in partition "dimensions" (RowKey the position), their JSON cut
/// into properties of at most <see cref="JsonPartLength"/> characters, as a table property holds at most 64 KiB.
/// </summary>
internal sealed class AzureCatalogueStore(StorageResources resources) : ICatalogueStore
{
    private const string PointerPartition = "current";
    private const string PointerRow = "catalogue";
    private const int MaxReads = 5;
    private const string DimensionsPartition = "dimensions";
    private const int JsonPartLength = 30_000;

    public async Task<IndicatorCatalogue> GetAsync(CancellationToken cancellationToken = default)
    {
        var table = await resources.TableAsync(StoreTables.Catalogue, cancellationToken);
        for (var read = 0; read < MaxReads; read++)
        {
            var pointer = await table.GetEntityIfExistsAsync<TableEntity>(PointerPartition, PointerRow, cancellationToken: cancellationToken);
            if (!pointer.HasValue)
            {
                return IndicatorCatalogue.Empty;
            }

            var indicators = new List<Indicator>();
            var filter = $"PartitionKey eq {TableKeys.Quote(pointer.Value!.GetString("Version"))}";
            await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                indicators.Add(IndicatorEntities.Read(entity));
            }

            if (indicators.Count == pointer.Value.GetInt32("Count"))
            {
                return new IndicatorCatalogue(indicators);
            }
        }

        throw new InvalidOperationException("The catalogue kept changing while it was being read; try again.");
    }

    public async Task SaveAsync(IndicatorCatalogue catalogue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var table = await resources.TableAsync(StoreTables.Catalogue, cancellationToken);
        var version = "v-" + Guid.NewGuid().ToString("N");
        var entities = catalogue.Indicators.Select((indicator, position) => IndicatorEntities.Create(version, position, indicator));
        foreach (var chunk in entities.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
        }

        var pointer = new TableEntity(PointerPartition, PointerRow) { ["Version"] = version, ["Count"] = catalogue.Count };
        string? replaced = null;
        while (true)
        {
            var seen = await table.GetEntityIfExistsAsync<TableEntity>(PointerPartition, PointerRow, cancellationToken: cancellationToken);
            if (seen.HasValue && seen.Value!.GetString("Version") == version)
            {
                // A retried request had already flipped it; replaced is what the first try saw.
                break;
            }

            replaced = seen.HasValue ? seen.Value!.GetString("Version") : null;
            try
            {
                if (seen.HasValue)
                {
                    await table.UpdateEntityAsync(pointer, seen.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await table.AddEntityAsync(pointer, cancellationToken);
                }

                break;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another save flipped the pointer first; this save is the later one, so it flips it again.
            }
        }

        // Only the save that replaced a version deletes it, once nothing points to it.
        if (replaced is not null)
        {
            var old = new List<TableTransactionAction>();
            await foreach (var entity in table.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Quote(replaced)}", select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            {
                old.Add(new TableTransactionAction(TableTransactionActionType.Delete, entity, ETag.All));
            }

            foreach (var chunk in old.Chunk(100))
            {
                await table.SubmitTransactionAsync(chunk, cancellationToken);
            }
        }
    }

    public async Task<IReadOnlyList<BreakdownDimension>> GetDeclaredDimensionsAsync(CancellationToken cancellationToken = default)
    {
        var table = await resources.TableAsync(StoreTables.Catalogue, cancellationToken);
        var dimensions = new List<BreakdownDimension>();
        await foreach (var entity in table.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Quote(DimensionsPartition)}", cancellationToken: cancellationToken))
        {
            var parts = entity.GetInt32("Parts") ?? 0;
            dimensions.Add(DeclaredDimensionsJson.Read(string.Concat(Enumerable.Range(0, parts).Select(i => entity.GetString($"Json{i}")))));
        }

        return dimensions;
    }

    /// <summary>
    /// Writes every dimension, then removes those no longer declared. A reader in between may see the new lists beside
    /// one being removed; never a list cut short, as each dimension is one entity.
    /// </summary>
    public async Task SaveDeclaredDimensionsAsync(IReadOnlyList<BreakdownDimension> dimensions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        var table = await resources.TableAsync(StoreTables.Catalogue, cancellationToken);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (dimension, position) in dimensions.Select((d, i) => (d, i)))
        {
            var json = DeclaredDimensionsJson.Write(dimension);
            var rowKey = position.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            var entity = new TableEntity(DimensionsPartition, rowKey) { ["Name"] = dimension.Name };
            var parts = json.Chunk(JsonPartLength).Select(chunk => new string(chunk)).ToList();
            entity["Parts"] = parts.Count;
            for (var i = 0; i < parts.Count; i++)
            {
                entity[$"Json{i}"] = parts[i];
            }

            await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
            written.Add(rowKey);
        }

        await foreach (var entity in table.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Quote(DimensionsPartition)}", select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (!written.Contains(entity.RowKey))
            {
                await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken);
            }
        }
    }
}

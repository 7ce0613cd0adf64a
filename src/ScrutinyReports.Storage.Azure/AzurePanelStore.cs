using System.Text.Json;
using Azure.Data.Tables;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure;

/// <summary>Panels as JSON documents in one partition ("panel"), RowKey the escaped panel id, as the local store keeps them.</summary>
internal sealed class AzurePanelStore(StorageResources resources) : IPanelStore
{
    private const string Partition = "panel";

    public async Task<IReadOnlyList<Panel>> ListAsync(CancellationToken cancellationToken = default)
    {
        var table = await resources.TableAsync(StoreTables.Panels, cancellationToken);
        var panels = new List<Panel>();
        await foreach (var entity in table.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Quote(Partition)}", cancellationToken: cancellationToken))
        {
            panels.Add(JsonSerializer.Deserialize<Panel>(entity.GetString("Json")) ?? throw new InvalidDataException("A stored panel is empty."));
        }

        return [.. panels.OrderBy(p => p.Id, StringComparer.Ordinal)];
    }

    public async Task SaveAsync(Panel panel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var table = await resources.TableAsync(StoreTables.Panels, cancellationToken);
        var entity = new TableEntity(Partition, TableKeys.EscapePart(panel.Id)) { ["Json"] = JsonSerializer.Serialize(panel) };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }
}

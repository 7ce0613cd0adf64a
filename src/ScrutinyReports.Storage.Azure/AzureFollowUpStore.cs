using System.Globalization;
using Azure.Data.Tables;
using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// Follow-up logs in one table, a partition per panel (the escaped panel id). An item's definition is the row
/// "item|REF" (reference upper-cased, escaped) holding its JSON; each history entry is a row "entry|REF|000007",
/// numbered in the order recorded and only ever added. An item's new entries and its definition go in one
/// transaction per hundred rows, as the service allows.
/// </summary>
internal sealed class AzureFollowUpStore(StorageResources resources) : IFollowUpStore
{
    private const string ItemPrefix = "item|";
    private const string EntryPrefix = "entry|";
    private const int MaxBatch = 100;

    public async Task<IReadOnlyList<FollowUpItem>> ListAsync(string? panelId = null, CancellationToken cancellationToken = default)
    {
        var table = await resources.TableAsync(StoreTables.FollowUps, cancellationToken);
        var filter = panelId is null ? null : $"PartitionKey eq {TableKeys.Quote(TableKeys.EscapePart(panelId))}";
        var definitions = new List<(string Partition, string Key, string Panel, string Json)>();
        var history = new Dictionary<(string, string), List<FollowUpHistoryEntry>>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (entity.RowKey.StartsWith(ItemPrefix, StringComparison.Ordinal))
            {
                definitions.Add((entity.PartitionKey, entity.RowKey[ItemPrefix.Length..], entity.GetString("Panel"), entity.GetString("Json")));
                continue;
            }

            // Rows come back in key order, so a reference's entries arrive in the order they were numbered.
            var key = entity.RowKey[EntryPrefix.Length..entity.RowKey.LastIndexOf(TableKeys.Separator)];
            if (!history.TryGetValue((entity.PartitionKey, key), out var list))
            {
                history[(entity.PartitionKey, key)] = list = [];
            }

            list.Add(new FollowUpHistoryEntry(FollowUpDocument.Status(entity.GetString("Status")), entity.GetString("Update") ?? string.Empty,
                FollowUpDocument.Date(entity.GetString("Date")), entity.GetString("Source")));
        }

        return [.. definitions.Select(d => FollowUpDocument.Item(d.Panel, d.Json, history.GetValueOrDefault((d.Partition, d.Key)) ?? []))
            .OrderBy(item => item.PanelId, StringComparer.Ordinal).ThenBy(item => item.Ref.ToUpperInvariant(), StringComparer.Ordinal)];
    }

    public async Task SaveAsync(IReadOnlyList<FollowUpItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var table = await resources.TableAsync(StoreTables.FollowUps, cancellationToken);
        foreach (var item in items)
        {
            var partition = TableKeys.EscapePart(item.PanelId);
            var key = TableKeys.EscapePart(item.Ref.ToUpperInvariant());
            var prefix = EntryPrefix + key + TableKeys.Separator;
            var stored = 0;
            await foreach (var _ in table.QueryAsync<TableEntity>(
                               $"PartitionKey eq {TableKeys.Quote(partition)} and {TableKeys.StartsWith("RowKey", prefix)}", select: ["RowKey"], cancellationToken: cancellationToken))
            {
                stored++;
            }

            var actions = new List<TableTransactionAction>();
            var added = FollowUpDocument.NewEntries(item, stored);
            for (var i = stored; i < stored + added; i++)
            {
                var entry = item.History[i];
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, prefix + i.ToString("D6", CultureInfo.InvariantCulture))
                {
                    ["Status"] = FollowUpDocument.Status(entry.Status),
                    ["Update"] = entry.Update,
                    ["Date"] = FollowUpDocument.Iso(entry.Date),
                    ["Source"] = entry.Source,
                }));
            }

            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                new TableEntity(partition, ItemPrefix + key) { ["Json"] = FollowUpDocument.DefinitionJson(item), ["Panel"] = item.PanelId }));
            foreach (var chunk in actions.Chunk(MaxBatch))
            {
                await table.SubmitTransactionAsync(chunk, cancellationToken);
            }
        }
    }
}

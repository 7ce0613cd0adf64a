using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Local;

/// <summary>Follow-up items as JSON definitions (follow_up_item) with their history rows (follow_up_entry), appended in one transaction.</summary>
internal sealed class LocalFollowUpStore(SqliteDatabase database) : IFollowUpStore
{
    public Task<IReadOnlyList<FollowUpItem>> ListAsync(string? panelId = null, CancellationToken cancellationToken = default) =>
        database.UseAsync(async connection =>
        {
            var history = new Dictionary<(string, string), List<FollowUpHistoryEntry>>();
            await using (var entries = connection.Command(
                "SELECT panel_id, ref, status, update_text, date, source FROM follow_up_entry WHERE $panel IS NULL OR panel_id = $panel ORDER BY panel_id, ref, sequence",
                null, ("$panel", panelId)))
            await using (var reader = await entries.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var key = (reader.GetString(0), reader.GetString(1).ToUpperInvariant());
                    if (!history.TryGetValue(key, out var list))
                    {
                        history[key] = list = [];
                    }

                    list.Add(new FollowUpHistoryEntry(FollowUpDocument.Status(reader.GetString(2)), reader.GetString(3),
                        FollowUpDocument.Date(reader.GetString(4)), reader.GetString(5)));
                }
            }

            var items = new List<FollowUpItem>();
            await using var definitions = connection.Command(
                "SELECT panel_id, ref, json FROM follow_up_item WHERE $panel IS NULL OR panel_id = $panel ORDER BY panel_id, ref", null, ("$panel", panelId));
            await using var rows = await definitions.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                var panel = rows.GetString(0);
                items.Add(FollowUpDocument.Item(panel, rows.GetString(2), history.GetValueOrDefault((panel, rows.GetString(1).ToUpperInvariant())) ?? []));
            }

            return (IReadOnlyList<FollowUpItem>)items;
        }, cancellationToken);

    public Task SaveAsync(IReadOnlyList<FollowUpItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return database.UseAsync(async connection =>
        {
            await using var transaction = connection.BeginTransaction();
            foreach (var item in items)
            {
                await using (var count = connection.Command("SELECT COUNT(*) FROM follow_up_entry WHERE panel_id = $panel AND ref = $ref", transaction,
                                 ("$panel", item.PanelId), ("$ref", item.Ref)))
                {
                    var stored = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
                    var added = FollowUpDocument.NewEntries(item, stored);
                    for (var i = stored; i < stored + added; i++)
                    {
                        var entry = item.History[i];
                        await using var insert = connection.Command(
                            "INSERT INTO follow_up_entry (panel_id, ref, sequence, status, update_text, date, source) VALUES ($panel, $ref, $sequence, $status, $update, $date, $source)",
                            transaction, ("$panel", item.PanelId), ("$ref", item.Ref), ("$sequence", i), ("$status", FollowUpDocument.Status(entry.Status)),
                            ("$update", entry.Update), ("$date", FollowUpDocument.Iso(entry.Date)), ("$source", entry.Source));
                        await insert.ExecuteNonQueryAsync(cancellationToken);
                    }
                }

                await using var upsert = connection.Command(
                    "INSERT INTO follow_up_item (panel_id, ref, json) VALUES ($panel, $ref, $json) ON CONFLICT (panel_id, ref) DO UPDATE SET json = excluded.json",
                    transaction, ("$panel", item.PanelId), ("$ref", item.Ref), ("$json", FollowUpDocument.DefinitionJson(item)));
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);
    }
}

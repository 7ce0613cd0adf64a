using System.Text.Json;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Local;

/// <summary>Panels as JSON documents, so that configuration can grow without schema changes.</summary>
internal sealed class LocalPanelStore(SqliteDatabase database) : IPanelStore
{
    public Task<IReadOnlyList<Panel>> ListAsync(CancellationToken cancellationToken = default) =>
        database.UseAsync(async connection =>
        {
            await using var command = connection.Command("SELECT json FROM panel ORDER BY id");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var panels = new List<Panel>();
            while (await reader.ReadAsync(cancellationToken))
            {
                panels.Add(JsonSerializer.Deserialize<Panel>(reader.GetString(0)) ?? throw new InvalidDataException("A stored panel is empty."));
            }

            return (IReadOnlyList<Panel>)panels;
        }, cancellationToken);

    public Task SaveAsync(Panel panel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return database.UseAsync(async connection =>
        {
            await using var command = connection.Command("INSERT INTO panel (id, json) VALUES ($id, $json) ON CONFLICT (id) DO UPDATE SET json = excluded.json", null,
                ("$id", panel.Id), ("$json", JsonSerializer.Serialize(panel)));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }
}

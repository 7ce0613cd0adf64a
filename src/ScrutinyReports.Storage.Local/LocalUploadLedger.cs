using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Local;

internal sealed class LocalUploadLedger(SqliteDatabase database) : IUploadLedger
{
    private const string Columns = "id, file_name, received_at, uploader, outcome, observation_count, errors";

    public Task<UploadRecord?> FindAsync(string uploadId, CancellationToken cancellationToken = default) =>
        database.UseAsync(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM upload WHERE id = $id", null, ("$id", uploadId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        }, cancellationToken);

    public Task RecordRejectedAsync(UploadRecord upload, CancellationToken cancellationToken = default) =>
        database.UseAsync(async connection =>
        {
            // A rejection never overwrites an acceptance of the same content.
            await using var command = UpsertCommand(connection, null, upload);
            command.CommandText += " WHERE upload.outcome <> 'Accepted'";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task<IReadOnlyList<UploadRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        database.UseAsync(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM upload ORDER BY received_at, id");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var uploads = new List<UploadRecord>();
            while (await reader.ReadAsync(cancellationToken))
            {
                uploads.Add(Read(reader));
            }

            return (IReadOnlyList<UploadRecord>)uploads;
        }, cancellationToken);

    internal static SqliteCommand UpsertCommand(SqliteConnection connection, SqliteTransaction? transaction, UploadRecord upload) => connection.Command(
        $"""
        INSERT INTO upload ({Columns}, key) VALUES ($id, $name, $received, $uploader, $outcome, $count, $errors, $key)
        ON CONFLICT (id) DO UPDATE SET file_name = excluded.file_name, received_at = excluded.received_at, uploader = excluded.uploader,
            outcome = excluded.outcome, observation_count = excluded.observation_count, errors = excluded.errors
        """,
        transaction,
        ("$id", upload.Id), ("$name", upload.FileName), ("$received", upload.ReceivedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
        ("$uploader", upload.Uploader), ("$outcome", upload.Outcome.ToString()), ("$count", upload.ObservationCount),
        ("$errors", JsonSerializer.Serialize(upload.Errors)), ("$key", UploadKeys.Of(upload.Id)));

    private static UploadRecord Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        reader.NullableString(3),
        Enum.Parse<UploadOutcome>(reader.GetString(4)),
        reader.GetInt64(5),
        JsonSerializer.Deserialize<List<string>>(reader.GetString(6)) ?? []);
}

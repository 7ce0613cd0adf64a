using System.Globalization;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Local;

/// <summary>The notifications queue in SQLite. An event already queued (same id) is not queued again.</summary>
internal sealed class LocalNotificationQueue(SqliteDatabase database) : INotificationQueue
{
    public Task EnqueueAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return database.UseAsync(async connection =>
        {
            await using var command = connection.Command("INSERT INTO notification (id, kind, payload) VALUES ($id, $kind, $payload) ON CONFLICT (id) DO NOTHING", null,
                ("$id", notification.Id), ("$kind", notification.Kind), ("$payload", notification.Payload));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ReceivedNotification>> ReceiveAsync(int max, CancellationToken cancellationToken = default) =>
        database.UseAsync(async connection =>
        {
            await using var command = connection.Command("SELECT sequence, id, kind, payload FROM notification WHERE completed = 0 ORDER BY sequence LIMIT $max", null, ("$max", max));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var received = new List<ReceivedNotification>();
            while (await reader.ReadAsync(cancellationToken))
            {
                received.Add(new ReceivedNotification(new Notification(reader.GetString(1), reader.GetString(2), reader.GetString(3)), reader.GetInt64(0).ToString(CultureInfo.InvariantCulture)));
            }

            return (IReadOnlyList<ReceivedNotification>)received;
        }, cancellationToken);

    public Task CompleteAsync(ReceivedNotification received, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(received);
        return database.UseAsync(async connection =>
        {
            await using var command = connection.Command("UPDATE notification SET completed = 1 WHERE sequence = $sequence", null, ("$sequence", long.Parse(received.Receipt, CultureInfo.InvariantCulture)));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }
}

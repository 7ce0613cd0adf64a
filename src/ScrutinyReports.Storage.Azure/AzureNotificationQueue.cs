using System.Text.Json;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// The notifications queue as an Azure Storage queue (<c>notifications</c>), which the Functions app's SendNotification
/// trigger reads. Queues deliver at least once and cannot refuse a repeat, so consumers recognise repeats by id.
/// Messages are received invisibly for five minutes and deleted only when completed.
/// </summary>
internal sealed class AzureNotificationQueue(StorageResources resources) : INotificationQueue
{
    public const string QueueName = "notifications";

    /// <summary>The most an Azure Storage queue message may hold, after the client's base64 encoding.</summary>
    public const int MaxMessageBytes = 64 * 1024;
    private static readonly TimeSpan Invisible = TimeSpan.FromMinutes(5);
    private readonly global::Azure.Storage.Queues.QueueClient queue = resources.Queue(QueueName);
    private Task? creation;

    public async Task EnqueueAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var body = JsonSerializer.Serialize(notification);
        var encoded = (System.Text.Encoding.UTF8.GetByteCount(body) + 2) / 3 * 4;
        if (encoded > MaxMessageBytes)
        {
            // Refused here, with the notification named, rather than as the service's RequestBodyTooLarge.
            throw new NotificationTooLargeException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"notification {notification.Id} ({notification.Kind}) is {encoded:N0} bytes once encoded, over the queue's {MaxMessageBytes:N0}; " +
                $"keep its payload within {Notification.MaxPayloadLength:N0} characters (store more in the store's files and name the file)"));
        }

        await EnsureAsync(cancellationToken);
        await queue.SendMessageAsync(body, cancellationToken);
    }

    public async Task<IReadOnlyList<ReceivedNotification>> ReceiveAsync(int max, CancellationToken cancellationToken = default)
    {
        await EnsureAsync(cancellationToken);
        var messages = await queue.ReceiveMessagesAsync(Math.Clamp(max, 1, 32), Invisible, cancellationToken);
        return messages.Value
            .Select(m => new ReceivedNotification(JsonSerializer.Deserialize<Notification>(m.Body.ToString())!, $"{m.MessageId}\n{m.PopReceipt}"))
            .ToList();
    }

    public async Task CompleteAsync(ReceivedNotification received, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(received);
        var parts = received.Receipt.Split('\n', 2);
        await queue.DeleteMessageAsync(parts[0], parts[1], cancellationToken);
    }

    private Task EnsureAsync(CancellationToken cancellationToken) =>
        (creation ??= queue.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None)).WaitAsync(cancellationToken);
}

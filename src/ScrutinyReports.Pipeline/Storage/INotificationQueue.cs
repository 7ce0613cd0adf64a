namespace ScrutinyReports.Pipeline.Storage;

/// <summary>
/// Something that happened and that people may need telling about: an upload's receipt, a report published.
/// <see cref="Id"/> names the event (receipt:sha256:..., report:cypf/2019-09/v2), so a consumer can recognise a
/// repeat: delivery is at least once. <see cref="Payload"/> is JSON for the sender.
/// </summary>
/// <remarks>
/// Size contract: every queue carries a notification whose <see cref="Payload"/> is at most <see cref="MaxPayloadLength"/>
/// characters and whose <see cref="Id"/> and <see cref="Kind"/> are at most <see cref="MaxNameLength"/> each. The tightest
/// queue is Azure's: 64 KiB per message, which its client base64-encodes (4 bytes per 3), after the notification is
/// serialised as JSON with the payload as an escaped string (at worst 6 bytes, <c>\u0022</c>, per character). At the
/// limits that is (4,096 + 2 × 256) × 6 + 40 = 27,688 bytes, 36,920 once encoded: well under 65,536. A producer with
/// more to say stores it in the store's files and queues a payload that names the file (a large upload's receipt does).
/// </remarks>
public sealed record Notification(string Id, string Kind, string Payload)
{
    /// <summary>The longest payload (UTF-16 characters) that every queue is sure to carry.</summary>
    public const int MaxPayloadLength = 4096;

    /// <summary>The longest id or kind the size contract allows for.</summary>
    public const int MaxNameLength = 256;

    /// <summary>Whether <paramref name="payload"/> may be queued inline under the size contract.</summary>
    public static bool FitsInline(string payload) => payload.Length <= MaxPayloadLength;
}

/// <summary>A notification taken from the queue, with what the queue needs to remove it once handled.</summary>
public sealed record ReceivedNotification(Notification Notification, string Receipt);

/// <summary>
/// The notifications queue: events go in as they happen and a sender takes them out, removing each only after it
/// was handled, so none is lost. Each event may be delivered more than once.
/// </summary>
public interface INotificationQueue
{
    /// <summary>
    /// Queues a notification. One within <see cref="Notification"/>'s size contract is always accepted; a larger one
    /// may be refused (the Azure queue throws <see cref="NotificationTooLargeException"/>), so producers keep to it.
    /// </summary>
    Task EnqueueAsync(Notification notification, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="max"/> waiting notifications, oldest first; they stay queued until completed.</summary>
    Task<IReadOnlyList<ReceivedNotification>> ReceiveAsync(int max, CancellationToken cancellationToken = default);

    Task CompleteAsync(ReceivedNotification received, CancellationToken cancellationToken = default);
}

/// <summary>Notification kinds the pipeline raises.</summary>
public static class NotificationKinds
{
    public const string UploadReceipt = "upload_receipt";
    public const string ReportPublished = "report_published";

    /// <summary>An officer's figures for a month are due and some are missing (scrutiny remind, the daily timer).</summary>
    public const string DataDue = "data_due";

    /// <summary>A panel's chair is told of follow-up items overdue beyond the panel's threshold (with the reminders).</summary>
    public const string FollowUpOverdue = "follow_up_overdue";
}

/// <summary>A notification too large for the queue once serialised; see <see cref="Notification"/>'s size contract.</summary>
public sealed class NotificationTooLargeException(string message) : Exception(message);

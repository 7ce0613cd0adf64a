namespace ScrutinyReports.Pipeline.Storage;

/// <summary>
/// Something that happened and that people may need telling about: an upload's receipt, a report published.
/// <see cref="Id"/> names the event (receipt:sha256:..., report:cypf/2019-09/v2), so a consumer can recognise a
/// repeat: delivery is at least once. <see cref="Payload"/> is JSON for the sender.
/// </summary>
public sealed record Notification(string Id, string Kind, string Payload);

/// <summary>A notification taken from the queue, with what the queue needs to remove it once handled.</summary>
public sealed record ReceivedNotification(Notification Notification, string Receipt);

/// <summary>
/// The notifications queue: events go in as they happen and a sender takes them out, removing each only after it
/// was handled, so none is lost. Each event may be delivered more than once.
/// </summary>
public interface INotificationQueue
{
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

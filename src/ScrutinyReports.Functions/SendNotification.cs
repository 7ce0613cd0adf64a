using System.Text.Json;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ScrutinyReports.Pipeline;
using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Functions;

/// <summary>
/// Sends what a queued notification calls for: a receipt, a reminder, or a publication to each panel member (after
/// regenerating the public portal). A message already sent is never sent again, so a redelivery is harmless. When a
/// message cannot be sent the function fails: the queue makes the notification visible again, and after five
/// attempts (host.json maxDequeueCount) moves it to notifications-poison; each failure is also recorded in mail/failed/.
/// </summary>
public sealed class SendNotification(NotificationSender sender, PipelineEvents events, ILogger<SendNotification> logger)
{
    public const string Queue = "notifications";

    [Function(nameof(SendNotification))]
    public async Task Run([QueueTrigger(Queue, Connection = HostSettings.StoreConnection)] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var notification = Read(message);
        var result = await sender.HandleAsync(notification, cancellationToken);
        // Messages name people, so only counts are logged.
        logger.LogInformation("Notification {EventId} ({Kind}) on attempt {DequeueCount}: {Sent} sent, {AlreadySent} sent before, {Failed} failed. {Note}",
            result.EventId, result.Kind, message.DequeueCount, result.Sent, result.AlreadySent, result.Failures.Count, result.Note);
        events.NotificationHandled(result);
        if (result.Unreadable)
        {
            // No retry can send it: the sender kept it in mail/unreadable/, and returning takes it off the queue.
            logger.LogError("Notification {EventId} cannot be read and was set aside: {Reason}", result.EventId, result.Failures[0]);
            return;
        }

        if (!result.Succeeded)
        {
            throw new PipelineException($"{result.Failures.Count} messages of {result.EventId} were not sent; the queue delivers it again");
        }
    }

    // A message that is not a notification at all is kept as one that cannot be read.
    private static Notification Read(QueueMessage message)
    {
        try
        {
            return JsonSerializer.Deserialize<Notification>(message.Body.ToString()) ?? new Notification(message.MessageId, "unreadable", "null");
        }
        catch (JsonException)
        {
            return new Notification(message.MessageId, "unreadable", JsonSerializer.Serialize(message.Body.ToString()));
        }
    }
}

using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace ScrutinyReports.Functions;

/// <summary>Notifications (reports published, uploads rejected) will be sent from here; for now each message is only logged.</summary>
public sealed class SendNotification(ILogger<SendNotification> logger)
{
    public const string Queue = "notifications";

    [Function(nameof(SendNotification))]
    public void Run([QueueTrigger(Queue, Connection = HostSettings.StoreConnection)] QueueMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        // The text may name people, so only its size is logged.
        logger.LogInformation("Notification {MessageId} received on attempt {DequeueCount} ({Bytes} bytes); sending is not built yet",
            message.MessageId, message.DequeueCount, message.Body.ToMemory().Length);
    }
}

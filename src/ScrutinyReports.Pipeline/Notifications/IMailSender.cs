namespace ScrutinyReports.Pipeline.Notifications;

/// <summary>Sends e-mail (SMTP through MailKit in the hosts). A failure throws <see cref="MessageDeliveryException"/>.</summary>
public interface IMailSender
{
    /// <summary>Where mail goes, as a person would name it ("smtp.council.example:587"); never a secret.</summary>
    string Description { get; }

    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default);
}

/// <summary>Posts cards to a team channel. Optional: hosts without a webhook configured register none.</summary>
public interface IWebhookChannel
{
    Task PostAsync(WebhookCard card, CancellationToken cancellationToken = default);
}

/// <summary>A message that could not be delivered; the notification stays queued and is tried again.</summary>
public sealed class MessageDeliveryException : Exception
{
    public MessageDeliveryException()
    {
    }

    public MessageDeliveryException(string message)
        : base(message)
    {
    }

    public MessageDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

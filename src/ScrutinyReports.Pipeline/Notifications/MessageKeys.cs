namespace ScrutinyReports.Pipeline.Notifications;

/// <summary>
/// The key of one message: the event and the recipient, the same however often the event is delivered. The ledger
/// records messages by it, so everything that asks "was this sent?" must build it here.
/// </summary>
public static class MessageKeys
{
    public static string For(string notificationId, string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return $"{notificationId}|{email.ToLowerInvariant()}";
    }

    public static string ForWebhook(string notificationId) => $"{notificationId}|webhook";
}

namespace ScrutinyReports.Mail;

/// <summary>The team channel's incoming webhook, bound from the configuration section <c>Notifications</c>.</summary>
public sealed class WebhookOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Notifications";

    /// <summary>
    /// The incoming webhook's address (a Teams Workflows or connector URL). A secret: anyone holding it can post to the
    /// channel, so no message ever includes it. Required.
    /// </summary>
    public Uri? WebhookUrl { get; set; }

    internal IReadOnlyList<string> Problems() =>
        WebhookUrl is null ? ["Notifications:WebhookUrl is not set: give the team channel's incoming webhook address."]
        : !WebhookUrl.IsAbsoluteUri || (WebhookUrl.Scheme != Uri.UriSchemeHttps && WebhookUrl.Scheme != Uri.UriSchemeHttp)
            ? ["Notifications:WebhookUrl is not an absolute https:// address: copy the whole address the channel's webhook shows."]
        : [];
}

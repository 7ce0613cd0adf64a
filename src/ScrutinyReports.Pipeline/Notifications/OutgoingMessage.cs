namespace ScrutinyReports.Pipeline.Notifications;

/// <summary>Who a message goes to.</summary>
public sealed record Recipient(string Email, string? Name);

/// <summary>
/// One e-mail to one person, with a plain-text and an HTML part carrying the same content. <see cref="Key"/> names
/// the event and the recipient ("report:cypf/2026-09/v2|chair@council.example"): a sender uses it to send each
/// message once, and to give it a stable Message-ID so a repeat after a crash is recognisable in a mail client.
/// </summary>
public sealed record OutgoingMessage(string Key, Recipient To, string Subject, string Text, string Html);

/// <summary>A short card for a team channel (Teams incoming webhook): a title, a line or two, and a link.</summary>
public sealed record WebhookCard(string Key, string Title, string Summary, string? Link);

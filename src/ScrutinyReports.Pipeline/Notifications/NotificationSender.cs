using System.Text.Json;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Ingestion.Subscribers;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Notifications.Messages;
using ScrutinyReports.Pipeline.Portal;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Notifications;

/// <summary>
/// Turns queued notifications into messages and sends them: a receipt to the uploader, a reminder to an officer,
/// one message per panel member (and a card to the team channel) for a published report, after regenerating the
/// portal it links to. Each message is sent once (<see cref="MessageLedger"/>); a notification leaves the queue only
/// when all its messages are delivered, so a failure is recorded and tried again on the next pass or redelivery.
/// </summary>
public sealed class NotificationSender(IScrutinyStore store, PortalSiteWriter portal, NotificationOptions options, TimeProvider clock,
    IEnumerable<IMailSender> mailSenders, IEnumerable<IWebhookChannel> webhooks)
{
    public const string NoMailServer = "no SMTP server is configured: set Smtp:Host (environment variable Smtp__Host), Smtp:Port and Smtp:From";
    private readonly MessageLedger ledger = new(store.Files);
    private readonly IMailSender? mail = mailSenders.FirstOrDefault();
    private readonly IWebhookChannel? webhook = webhooks.FirstOrDefault();

    public MessageLedger Ledger => ledger;

    /// <summary>
    /// Handles every waiting notification once; those that fail stay queued for the next pass. Without a mail server
    /// configured nothing is taken from the queue: a laptop without SMTP keeps its notifications for when it has one.
    /// </summary>
    public async Task<SendPass> SendWaitingAsync(CancellationToken cancellationToken = default)
    {
        if (mail is null)
        {
            return new SendPass([]) { NotSentBecause = NoMailServer };
        }

        var results = new List<EventResult>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var batch = await store.Notifications.ReceiveAsync(500, cancellationToken);
            var fresh = batch.Where(received => seen.Add(received.Receipt)).ToList();
            if (fresh.Count == 0)
            {
                return new SendPass(results);
            }

            foreach (var received in fresh)
            {
                var result = await HandleAsync(received.Notification, cancellationToken);
                results.Add(result);
                if (result.Succeeded)
                {
                    await store.Notifications.CompleteAsync(received, cancellationToken);
                }
            }
        }
    }

    /// <summary>Sends what one notification calls for; the caller removes it from the queue if it succeeded.</summary>
    public async Task<EventResult> HandleAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        using var payload = JsonDocument.Parse(notification.Payload);
        var plan = notification.Kind switch
        {
            NotificationKinds.UploadReceipt => await ReceiptAsync(notification, payload.RootElement, cancellationToken),
            NotificationKinds.ReportPublished => await PublicationAsync(notification, payload.RootElement, cancellationToken),
            NotificationKinds.DataDue => await ReminderAsync(notification, payload.RootElement, cancellationToken),
            _ => new Plan([], null, $"unknown kind {notification.Kind}; nothing sent"),
        };
        return await DeliverAsync(notification, plan, cancellationToken);
    }

    private async Task<EventResult> DeliverAsync(Notification notification, Plan plan, CancellationToken cancellationToken)
    {
        int sent = 0, already = 0;
        var failures = new List<string>();
        foreach (var message in plan.Messages)
        {
            if (await ledger.WasSentAsync(message.Key, cancellationToken))
            {
                already++;
                continue;
            }

            try
            {
                if (mail is null)
                {
                    throw new MessageDeliveryException(NoMailServer);
                }

                await mail.SendAsync(message, cancellationToken);
                await ledger.RecordSentAsync(message.Key, message.To.Email, message.Subject, clock.GetUtcNow(), cancellationToken);
                sent++;
            }
            catch (MessageDeliveryException ex)
            {
                await ledger.RecordFailureAsync(message.Key, message.To.Email, message.Subject, ex.Message, clock.GetUtcNow(), cancellationToken);
                failures.Add($"{message.To.Email}: {ex.Message}");
            }
        }

        if (plan.Card is { } card && webhook is not null && !await ledger.WasSentAsync(card.Key, cancellationToken))
        {
            try
            {
                await webhook.PostAsync(card, cancellationToken);
                await ledger.RecordSentAsync(card.Key, "webhook", card.Title, clock.GetUtcNow(), cancellationToken);
                sent++;
            }
            catch (MessageDeliveryException ex)
            {
                await ledger.RecordFailureAsync(card.Key, "webhook", card.Title, ex.Message, clock.GetUtcNow(), cancellationToken);
                failures.Add($"team channel: {ex.Message}");
            }
        }

        return new EventResult(notification.Id, notification.Kind, sent, already, failures, plan.Note);
    }

    private async Task<Plan> ReceiptAsync(Notification notification, JsonElement receipt, CancellationToken cancellationToken)
    {
        var uploader = receipt.TryGetProperty("uploader", out var value) ? value.GetString() : null;
        if (!EmailAddress.LooksValid(uploader))
        {
            return new Plan([], null, "no uploader e-mail address (blob metadata uploader, an uploads/<email>/ folder, or ingest --uploader); nothing sent");
        }

        var subscribers = await SubscriberDirectory.LoadAsync(store.Files, cancellationToken);
        var name = subscribers.FirstOrDefault(s => string.Equals(s.Email, uploader, StringComparison.OrdinalIgnoreCase))?.Name;
        var catalogue = await CatalogueSource.GetAsync(store, cancellationToken);
        var message = ReceiptMessage.Write(receipt, catalogue).To(new Recipient(uploader!, name), Key(notification, uploader!));
        return new Plan([message], null, null);
    }

    private async Task<Plan> PublicationAsync(Notification notification, JsonElement payload, CancellationToken cancellationToken)
    {
        var panelId = payload.GetProperty("panel").GetString()!;
        var period = payload.GetProperty("period").GetString()!;
        var version = payload.GetProperty("version").GetInt32();
        await RefreshPortalAsync(cancellationToken);
        if (await PublishedVersion.ReadAsync(store.Files, panelId, period, version, cancellationToken) is not { } published)
        {
            return new Plan([], null, $"report {panelId}/{period}/v{version} is not in the store; nothing sent");
        }

        var link = LinkTo(published);
        var document = PublicationMessage.Write(published, link);
        var members = (await SubscriberDirectory.LoadAsync(store.Files, cancellationToken))
            .Where(s => s.Role == SubscriberRole.Member && string.Equals(s.PanelId, panelId, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var messages = members.Select(member => document.To(new Recipient(member.Email, member.Name), Key(notification, member.Email))).ToList();
        var rag = published.Summary.Rag;
        var card = new WebhookCard($"{notification.Id}|webhook", document.Subject,
            $"{rag.Red} red, {rag.Amber} amber, {rag.Green} green.", link);
        return new Plan(messages, card, members.Count == 0 ? $"no members of panel {panelId} in the subscriber list" : null);
    }

    private async Task<Plan> ReminderAsync(Notification notification, JsonElement payload, CancellationToken cancellationToken)
    {
        var reminder = JsonSerializer.Deserialize<DataDueReminder>(payload.GetRawText(), DataDueReminder.Json)!;
        var catalogue = await CatalogueSource.GetAsync(store, cancellationToken);
        var month = Domain.Periods.ReportingPeriodPattern.Parse(reminder.Month, Domain.Periods.Frequency.Monthly).Value;
        var due = reminder.Figures
            .Select(figure => catalogue.TryGet(figure.Indicator, out var indicator)
                ? new DueFigure(indicator, Domain.Periods.ReportingPeriodPattern.Parse(figure.Period, indicator.Frequency).Value)
                : null)
            .OfType<DueFigure>()
            .ToList();
        var message = ReminderMessage.Write(reminder.Name, month, reminder.Deadline, due).To(new Recipient(reminder.Email, reminder.Name), Key(notification, reminder.Email));
        return new Plan([message], null, null);
    }

    /// <summary>Regenerates every configured portal; cheap when nothing changed.</summary>
    public async Task RefreshPortalAsync(CancellationToken cancellationToken = default)
    {
        foreach (var target in options.PortalTargets)
        {
            await portal.WriteAsync(target, cancellationToken);
        }
    }

    private string LinkTo(PublishedVersion published)
    {
        var page = PortalLinks.PeriodPage(published.PanelId, published.Period);
        var onPortal = published.Summary.IsPublic || options.PortalTargets.Any(target => target.IncludeInternal);
        if (!onPortal)
        {
            return options.InternalReportsBaseUrl is { Length: > 0 } internalBase
                ? $"{internalBase.TrimEnd('/')}/{published.PanelId}/{published.Period}/v{published.Version}/{Reports.ReportFiles.Html}"
                : store.Files.Locate(Containers.Reports, $"{published.PanelId}/{published.Period}/v{published.Version}/{Reports.ReportFiles.Html}");
        }

        if (options.PortalBaseUrl is { Length: > 0 } baseUrl)
        {
            return $"{baseUrl.TrimEnd('/')}/{page}";
        }

        var target = options.PortalTargets.FirstOrDefault(t => t.IncludeInternal || published.Summary.IsPublic) ?? PortalTarget.Local;
        var located = store.Files.Locate(target.Container, page);
        return Path.IsPathRooted(located) ? new Uri(located).AbsoluteUri : located;
    }

    // One message per event and recipient: the same key however often the event is delivered.
    private static string Key(Notification notification, string email) => $"{notification.Id}|{email.ToLowerInvariant()}";

    private sealed record Plan(IReadOnlyList<OutgoingMessage> Messages, WebhookCard? Card, string? Note);
}

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
public sealed class NotificationSender(IScrutinyStore store, PortalRefresher portal, NotificationOptions options, TimeProvider clock,
    IEnumerable<IMailSender> mailSenders, IEnumerable<IWebhookChannel> webhooks)
{
    public const string NoMailServer = "no SMTP server is configured: set Smtp:Host (environment variable Smtp__Host), Smtp:Port and Smtp:From, or Smtp:PickupDirectory to write each message to a folder as an .eml file";
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
                if (result.Succeeded || result.Unreadable)
                {
                    await store.Notifications.CompleteAsync(received, cancellationToken);
                }
            }
        }
    }

    /// <summary>
    /// Sends what one notification calls for; the caller removes it from the queue if it succeeded. One that cannot be
    /// read (an unknown kind, a damaged payload) is set aside in mail/unreadable/ and is <see cref="EventResult.Unreadable"/>:
    /// retrying will not help, so the caller removes it too.
    /// </summary>
    public async Task<EventResult> HandleAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        Plan plan;
        try
        {
            using var payload = JsonDocument.Parse(notification.Payload);
            plan = notification.Kind switch
            {
                NotificationKinds.UploadReceipt => await ReceiptAsync(notification, payload.RootElement, cancellationToken),
                NotificationKinds.ReportPublished => await PublicationAsync(notification, payload.RootElement, cancellationToken),
                NotificationKinds.DataDue => await ReminderAsync(notification, payload.RootElement, cancellationToken),
                NotificationKinds.FollowUpOverdue => await ChairAlertAsync(notification, payload.RootElement, cancellationToken),
                _ => throw new FormatException($"unknown kind \"{notification.Kind}\""),
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException or ArgumentException)
        {
            // It can never be sent: kept in mail/unreadable/ for a person to look at, so the caller can take it off the queue.
            var reason = $"the notification cannot be read: {ex.Message}";
            await ledger.SetAsideAsync(notification, reason, clock.GetUtcNow(), cancellationToken);
            return new EventResult(notification.Id, notification.Kind, 0, 0, [reason]) { Unreadable = true };
        }

        return await DeliverAsync(notification, plan, cancellationToken);
    }

    private async Task<EventResult> DeliverAsync(Notification notification, Plan plan, CancellationToken cancellationToken)
    {
        int sent = 0, already = 0;
        var failures = new List<string>();
        foreach (var message in plan.Messages)
        {
            switch (await SendOnceAsync(message.Key, message.To.Email, message.Subject, () => mail is null ? throw new MessageDeliveryException(NoMailServer) : mail.SendAsync(message, cancellationToken), cancellationToken))
            {
                case null: sent++; break;
                case Already: already++; break;
                case var failure: failures.Add($"{message.To.Email}: {failure}"); break;
            }
        }

        if (plan.Card is { } card && webhook is not null)
        {
            switch (await SendOnceAsync(card.Key, "webhook", card.Title, () => webhook.PostAsync(card, cancellationToken), cancellationToken))
            {
                case null: sent++; break;
                case Already: already++; break;
                case var failure: failures.Add($"team channel: {failure}"); break;
            }
        }

        return new EventResult(notification.Id, notification.Kind, sent, already, failures, plan.Note);
    }

    private const string Already = "already sent";

    // Sends one message unless the ledger has it, claiming it first so that two deliveries of one event at the same
    // time cannot both send. Returns null when sent, Already, or why it failed (also recorded in the ledger).
    private async Task<string?> SendOnceAsync(string key, string to, string subject, Func<Task> send, CancellationToken cancellationToken)
    {
        if (await ledger.WasSentAsync(key, cancellationToken))
        {
            return Already;
        }

        if (!await ledger.TryClaimAsync(key, clock.GetUtcNow(), cancellationToken))
        {
            return "another delivery of this event is sending it now";
        }

        try
        {
            await send();
            await ledger.RecordSentAsync(key, to, subject, clock.GetUtcNow(), cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Anything a mail library throws for one message (a rejected address, a lost connection) is that message's
            // failure; the other recipients still get theirs.
            var reason = ex is MessageDeliveryException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
            await ledger.RecordFailureAsync(key, to, subject, reason, clock.GetUtcNow(), cancellationToken);
            return reason;
        }
        finally
        {
            await ledger.ReleaseClaimAsync(key, cancellationToken);
        }
    }

    // A large receipt comes by reference (Ingest.ReceiptReference); a missing file is a notification that cannot be read.
    private async Task<Plan> ReceiptAsync(Notification notification, JsonElement payload, CancellationToken cancellationToken)
    {
        if (Ingest.ReceiptReference.PathIn(payload) is not { } path)
        {
            var beside = payload.TryGetProperty("uploadId", out var id) && id.GetString() is { } uploadId ? Ingest.ReceiptReference.BesideUpload(uploadId) : null;
            return await ReceiptAsync(notification, payload, beside, cancellationToken);
        }

        await using var stored = await store.Files.OpenReadAsync(Containers.Archive, path, cancellationToken)
            ?? throw new FormatException($"the receipt it names, {Containers.Archive}/{path}, is not in the store");
        using var receipt = await JsonDocument.ParseAsync(stored, cancellationToken: cancellationToken);
        return await ReceiptAsync(notification, receipt.RootElement, path, cancellationToken);
    }

    // keptAt is named as the store's own path (archive/receipts/...), never a blob URL or server path: an officer can open
    // neither, and a URL would name the storage account. Whoever runs the service can find the file from it.
    private async Task<Plan> ReceiptAsync(Notification notification, JsonElement receipt, string? keptAt, CancellationToken cancellationToken)
    {
        var uploader = receipt.TryGetProperty("uploader", out var value) ? value.GetString() : null;
        if (!EmailAddress.LooksValid(uploader))
        {
            return new Plan([], null, "no uploader e-mail address (blob metadata uploader, an uploads/<email>/ folder, or ingest --uploader); nothing sent");
        }

        var subscribers = await SubscriberDirectory.LoadAsync(store.Files, cancellationToken);
        var name = subscribers.FirstOrDefault(s => string.Equals(s.Email, uploader, StringComparison.OrdinalIgnoreCase))?.Name;
        var catalogue = await CatalogueSource.GetAsync(store, cancellationToken);
        var message = ReceiptMessage.Write(receipt, catalogue, keptAt is null ? null : $"{Containers.Archive}/{keptAt}").To(new Recipient(uploader!, name), Key(notification, uploader!));
        return new Plan([message], null, null);
    }

    private async Task<Plan> PublicationAsync(Notification notification, JsonElement payload, CancellationToken cancellationToken)
    {
        var panelId = payload.GetProperty("panel").GetString()!;
        var period = payload.GetProperty("period").GetString()!;
        var version = payload.GetProperty("version").GetInt32();
        await portal.RefreshAsync(cancellationToken);
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
        var card = new WebhookCard(MessageKeys.ForWebhook(notification.Id), document.Subject,
            $"{rag.Red} red, {rag.Amber} amber, {rag.Green} green.", link);
        return new Plan(messages, card, members.Count == 0 ? $"no members of panel {panelId} in the subscriber list" : null);
    }

    // The figures and items are checked again now: a reminder held up (the mail server was down) must not chase
    // figures sent, or items updated, since.
    private async Task<Plan> ReminderAsync(Notification notification, JsonElement payload, CancellationToken cancellationToken)
    {
        var reminder = JsonSerializer.Deserialize<DataDueReminder>(payload.GetRawText(), DataDueReminder.Json)
            ?? throw new FormatException("the reminder is empty");
        var catalogue = await CatalogueSource.GetAsync(store, cancellationToken);
        var month = Domain.Periods.ReportingPeriodPattern.Parse(reminder.Month, Domain.Periods.Frequency.Monthly).Value;
        var arrived = await DataDueReminders.ReceivedAsync(store, month, cancellationToken);
        var listed = reminder.Figures.Select(figure => figure.Indicator).ToHashSet(StringComparer.Ordinal);
        var due = DataDueReminders.DueFigures(catalogue, month)
            .Where(figure => listed.Contains(figure.Indicator.Id) && !arrived.Contains((figure.Indicator.Id, figure.Period)))
            .ToList();
        var items = await StillToUpdateAsync(reminder, month, cancellationToken);
        if (due.Count == 0 && items.Count == 0)
        {
            return new Plan([], null, reminder.FollowUps is { Count: > 0 }
                ? $"every figure and follow-up item {reminder.Email} was to be reminded of has arrived or been updated since; nothing sent"
                : $"every figure {reminder.Email} was to be reminded of has arrived since; nothing sent");
        }

        var message = ReminderMessage.Write(reminder.Name, month, reminder.Deadline, due, items, reminder.AsAt ?? UkTime.DateOf(clock.GetUtcNow()))
            .To(new Recipient(reminder.Email, reminder.Name), Key(notification, reminder.Email));
        return new Plan([message], null, null);
    }

    private async Task<IReadOnlyList<Domain.FollowUp.FollowUpItem>> StillToUpdateAsync(DataDueReminder reminder, Domain.Periods.ReportingPeriod month, CancellationToken cancellationToken)
    {
        if (reminder.FollowUps is not { Count: > 0 } codes)
        {
            return [];
        }

        var log = await store.FollowUps.ListAsync(null, cancellationToken);
        return [.. codes.Select(code => log.FirstOrDefault(item => string.Equals(item.PanelId, code.Panel, StringComparison.OrdinalIgnoreCase)
                && string.Equals(item.Ref, code.Ref, StringComparison.OrdinalIgnoreCase)))
            .OfType<Domain.FollowUp.FollowUpItem>()
            .Where(item => FollowUpDue.StillNeedsUpdate(item, month))];
    }

    // Items closed since the alert was queued are left out; days overdue are counted to the day it was queued.
    private async Task<Plan> ChairAlertAsync(Notification notification, JsonElement payload, CancellationToken cancellationToken)
    {
        var alert = JsonSerializer.Deserialize<FollowUpOverdueAlert>(payload.GetRawText(), DataDueReminder.Json)
            ?? throw new FormatException("the alert is empty");
        var overdue = (await store.FollowUps.ListAsync(alert.Panel, cancellationToken))
            .Where(item => item.DaysOverdue(alert.AsAt) > alert.ThresholdDays)
            .OrderByDescending(item => item.DaysOverdue(alert.AsAt)).ThenBy(item => item.Ref, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (overdue.Count == 0)
        {
            return new Plan([], null, $"no item of panel {alert.Panel} is still overdue by more than {alert.ThresholdDays} days; nothing sent");
        }

        var subscribers = await SubscriberDirectory.LoadAsync(store.Files, cancellationToken);
        var message = FollowUpOverdueMessage.Write(alert.Name, alert.PanelName, alert.AsAt, alert.ThresholdDays, overdue, subscribers)
            .To(new Recipient(alert.Email, alert.Name), Key(notification, alert.Email));
        return new Plan([message], null, null);
    }

    // The portal page when a portal holds this version (public reports on Azure); otherwise the version on its panel's
    // members' page, behind sign-in; with neither, the report file where the store keeps it.
    private string LinkTo(PublishedVersion published)
    {
        var portalTarget = options.PortalTargets.FirstOrDefault(target => target.IncludeInternal || published.Summary.IsPublic);
        if (portalTarget is not null)
        {
            var page = PortalLinks.PeriodPage(published.PanelId, published.Period);
            return options.PortalBaseUrl is { Length: > 0 } baseUrl ? $"{baseUrl.TrimEnd('/')}/{page}" : AsLink(store.Files.Locate(portalTarget.Container, page));
        }

        if (options.MembersBaseUrl is { Length: > 0 } members)
        {
            return $"{members.TrimEnd('/')}/{Uri.EscapeDataString(published.PanelId)}#{MembersPages.VersionAnchor(published.Period, published.Version)}";
        }

        return AsLink(store.Files.Locate(Containers.Reports, $"{published.PanelId}/{published.Period}/v{published.Version}/{Reports.ReportFiles.Html}"));
    }

    private static string AsLink(string located) => Path.IsPathRooted(located) ? new Uri(located).AbsoluteUri : located;

    private static string Key(Notification notification, string email) => MessageKeys.For(notification.Id, email);

    private sealed record Plan(IReadOnlyList<OutgoingMessage> Messages, WebhookCard? Card, string? Note);
}

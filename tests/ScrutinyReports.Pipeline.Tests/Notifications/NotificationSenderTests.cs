using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Mail;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Pipeline.Notifications.Messages;
using ScrutinyReports.Pipeline.Tests.Ingest;
using ScrutinyReports.Pipeline.Portal;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Testing.Mail;

namespace ScrutinyReports.Pipeline.Tests.Notifications;

/// <summary>What the sender does with awkward notifications, against a real SMTP server (MailDev).</summary>
public sealed class NotificationSenderTests(MaildevFixture maildev) : PipelineFixture, IClassFixture<MaildevFixture>
{
    private readonly MaildevServer mail = maildev.Server;

    [Fact]
    public async Task SendWaiting_AnUnreadableNotification_IsSetAsideAndTheRestAreStillSent()
    {
        await mail.ClearAsync();
        await Store.Notifications.EnqueueAsync(new Notification("report:broken", NotificationKinds.ReportPublished, "{\"panel\":\"cypf\"}"));
        await Store.Notifications.EnqueueAsync(new Notification("mystery:1", "carrier_pigeon", "{}"));
        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-09,588\n");

        var pass = await Sender().SendWaitingAsync();

        Assert.Equal(2, pass.Events.Count(e => e.Unreadable));
        Assert.Equal("officer@council.example", Assert.Single(await mail.WaitForEmailsAsync(1)).To.Single().Address);
        Assert.Empty(await Store.Notifications.ReceiveAsync(10));
        Assert.Equal(2, (await Store.Files.ListAsync(Containers.Mail, "unreadable/")).Count);
    }

    [Fact]
    public async Task Deliver_AnAddressTheMailLibraryRefuses_FailsForThatPersonOnly()
    {
        await mail.ClearAsync();
        await PublishWithMembersAsync(new Subscriber("chair@council.example", "Cllr Ada", SubscriberRole.Member, "default", []),
            new Subscriber("bad\u00a0address@council.example", "Cllr Typo", SubscriberRole.Member, "default", []));

        var pass = await Sender().SendWaitingAsync();

        var publication = pass.Events.Single(e => e.Kind == NotificationKinds.ReportPublished);
        Assert.Equal(1, publication.Sent);
        Assert.Contains(publication.Failures, f => f.StartsWith("bad\u00a0address@council.example: ", StringComparison.Ordinal));
        Assert.Contains(await mail.WaitForEmailsAsync(1), e => e.To.Single().Address == "chair@council.example");
        Assert.Single(await new MessageLedger(Store.Files).ListFailuresAsync());
    }

    [Fact]
    public async Task Receipt_ForAFileWithHundredsOfErrors_CountsThemAll()
    {
        await mail.ClearAsync();
        var csv = new StringBuilder("indicator,period,value\n");
        for (var row = 0; row < 300; row++)
        {
            csv.Append("CLA_COUNT,2019-09,lots\n");
        }

        await IngestCsvAsync(csv.ToString(), "big.csv");
        await Sender().SendWaitingAsync();

        var receipt = Assert.Single(await mail.WaitForEmailsAsync(1));
        Assert.Equal("Rejected: big.csv (300 errors to correct)", receipt.Subject);
        Assert.Contains("... and 250 more errors not listed here", receipt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receipt_TooLargeForTheQueue_GoesByItsKeptFileAndListsTheFirstFiftyWarnings()
    {
        await mail.ClearAsync();
        var outcome = await IngestCsvAsync(PartsThatDoNotAddUp.Csv(["CLA_COUNT"], 120, ReportingPeriod.Month(2019, 9)), "ten-years.csv");

        var queued = Assert.Single(await Store.Notifications.ReceiveAsync(10)).Notification;
        Assert.True(outcome.Warnings.Count >= 120);
        Assert.True(queued.Payload.Length <= Notification.MaxPayloadLength);
        using var payload = JsonDocument.Parse(queued.Payload);
        var kept = payload.RootElement.GetProperty(ReceiptReference.PathProperty).GetString()!;
        Assert.Equal($"receipts/{outcome.Upload.Digest}/20191003T090100.0000000Z.json", kept);
        await using (var stored = await Store.Files.OpenReadAsync(Containers.Archive, kept))
        {
            using var receipt = await JsonDocument.ParseAsync(stored!);
            Assert.Equal(outcome.Warnings.Count, receipt.RootElement.GetProperty("warnings").GetArrayLength());
        }

        var pass = await Sender().SendWaitingAsync();

        Assert.True(Assert.Single(pass.Events).Succeeded);
        var message = Assert.Single(await mail.WaitForEmailsAsync(1));
        Assert.Equal("Accepted: ten-years.csv (600 figures)", message.Subject);
        Assert.Contains($"Please check {outcome.Warnings.Count:N0} data-quality warnings", message.Text, StringComparison.Ordinal);
        Assert.Contains(outcome.Warnings[49], message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Warnings[50], message.Text, StringComparison.Ordinal);
        Assert.Contains($"... and {outcome.Warnings.Count - ReceiptMessage.WarningsShown:N0} more warnings not listed here; the full receipt, kept in the store as archive/{kept}, lists them all (ask whoever runs the service for it).",
            message.Text!.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receipt_ForTheSameRejectedFileTwice_KeepsEachArrivalsReceiptAndSendsBoth()
    {
        await mail.ClearAsync();
        var csv = "indicator,period,value\n" + string.Concat(Enumerable.Repeat("CLA_COUNT,2019-09,lots\n", 300));
        var first = await IngestCsvAsync(csv, "big.csv");
        var second = await IngestCsvAsync(csv, "big.csv");

        Assert.Equal(first.Upload.Id, second.Upload.Id);
        var payloads = (await Store.Notifications.ReceiveAsync(10)).Select(r => r.Notification.Payload).ToList();
        Assert.Equal(
            [$"{{\"receiptPath\":\"receipts/{first.Upload.Digest}/20191003T090100.0000000Z.json\"}}", $"{{\"receiptPath\":\"receipts/{first.Upload.Digest}/20191003T090200.0000000Z.json\"}}"],
            payloads);
        Assert.Equal(2, (await Store.Files.ListAsync(Containers.Archive, $"receipts/{first.Upload.Digest}/")).Count);

        var pass = await Sender().SendWaitingAsync();

        Assert.Equal(2, pass.Events.Count(e => e.Succeeded && e.Sent == 1));
        Assert.All(await mail.WaitForEmailsAsync(2), e => Assert.Equal("Rejected: big.csv (300 errors to correct)", e.Subject));
    }

    [Fact]
    public async Task Receipt_WhoseKeptFileIsMissing_IsSetAsideAsUnreadable()
    {
        await IngestCsvAsync(PartsThatDoNotAddUp.Csv(["CLA_COUNT"], 120, ReportingPeriod.Month(2019, 9)), "ten-years.csv");
        var kept = Assert.Single(await Store.Files.ListAsync(Containers.Archive, "receipts/"));
        await Store.Files.DeleteAsync(Containers.Archive, kept);

        var pass = await Sender().SendWaitingAsync();

        var receipt = Assert.Single(pass.Events);
        Assert.True(receipt.Unreadable);
        Assert.Equal($"the notification cannot be read: the receipt it names, archive/{kept}, is not in the store", Assert.Single(receipt.Failures));
        Assert.Empty(await Store.Notifications.ReceiveAsync(10));
        Assert.Single(await Store.Files.ListAsync(Containers.Mail, "unreadable/"));
    }

    [Fact]
    public async Task Receipt_ForAFileSentAgain_SaysItWasAlreadyReceived()
    {
        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-09,588\n", "september.csv");
        await Sender().SendWaitingAsync();
        await mail.ClearAsync();

        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-09,588\n", "september-copy.csv");
        await Sender().SendWaitingAsync();

        var receipt = Assert.Single(await mail.WaitForEmailsAsync(1));
        Assert.Equal("Already received: september-copy.csv", receipt.Subject);
        Assert.Contains("received on 3 October 2019, 10:02 (UK time), holds exactly the figures of a file accepted on 3 October 2019, 10:01. They are already stored, so nothing changed.", receipt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_WhoseFiguresArrivedBeforeItWasSent_IsNotSent()
    {
        await mail.ClearAsync();
        await SubscriberDirectory.SaveAsync(Store.Files, [new Subscriber("cin@council.example", "Priya", SubscriberRole.Officer, null, ["Children in need"])], "test", Clock.GetUtcNow());
        Assert.Single((await new DataDueReminders(Store, new NotificationOptions(), Clock).QueueAsync(new DateOnly(2019, 10, 1))).Queued);
        await IngestCsvAsync("indicator,period,value\nCIN_SEEN_5D,2019-09,81.0\n");

        var pass = await Sender().SendWaitingAsync();

        var reminder = pass.Events.Single(e => e.Kind == NotificationKinds.DataDue);
        Assert.Equal((0, true), (reminder.Sent, reminder.Succeeded));
        Assert.Contains("has arrived since", reminder.Note, StringComparison.Ordinal);
        Assert.DoesNotContain(await mail.WaitForEmailsAsync(1), e => e.Subject.StartsWith("Figures due", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publication_WithNoPortalThatHoldsIt_LinksToTheVersionOnItsPanelsMembersPage()
    {
        await mail.ClearAsync();
        await PublishWithMembersAsync(new Subscriber("chair@council.example", "Cllr Ada", SubscriberRole.Member, "default", []));
        var options = new NotificationOptions { PortalTargets = [], MembersBaseUrl = "https://scrutiny.example/api/members/" };

        await Sender(options).SendWaitingAsync();

        var message = (await mail.WaitForEmailsAsync(2)).Single(e => e.Subject.Contains("report published", StringComparison.Ordinal));
        Assert.Contains("https://scrutiny.example/api/members/default#2019-09-v1", message.Text, StringComparison.Ordinal);
    }

    private async Task PublishWithMembersAsync(params Subscriber[] members)
    {
        await SubscriberDirectory.SaveAsync(Store.Files, members, "test", Clock.GetUtcNow());
        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-09,588\n");
        await Publisher.PublishAsync(ReportingPeriod.Month(2019, 9));
    }

    private NotificationSender Sender(NotificationOptions? options = null)
    {
        options ??= new NotificationOptions();
        var smtp = new SmtpOptions { Host = "127.0.0.1", Port = mail.SmtpPort, From = "reports@council.example", UseStartTls = false, Timeout = TimeSpan.FromSeconds(5) };
        return new NotificationSender(Store, new PortalRefresher(new PortalSiteWriter(Store), options), options, Clock,
            [new SmtpMailSender(Options.Create(smtp), Clock)], []);
    }
}

using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Mail;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Pipeline.Notifications.Messages;
using ScrutinyReports.Pipeline.Portal;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Pipeline.Tests.Ingest;
using ScrutinyReports.Testing.Mail;

namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>
/// A receipt larger than a queue message (64 KiB) reaches its uploader: it travels by reference, through a real
/// Azure queue (Azurite), and the message is built from the kept file.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LargeReceiptTests(AzuriteFixture azurite, MaildevFixture maildev) : IClassFixture<MaildevFixture>
{
    private static readonly string[] CountIndicators =
        ["EH_CHILDREN_SUPPORTED", "MASH_CONTACTS", "CIN_COUNT", "CP_COUNT", "CLA_COUNT", "CLA_STARTS", "UASC_COUNT", "ADOPT_WAITING", "MISSING_CHILDREN", "SW_CASELOAD"];

    [Fact]
    public async Task Ingest_WithThousandsOfWarnings_QueuesAReferenceAndTheUploaderGetsTheirCounts()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2019, 10, 14, 8, 30, 0, TimeSpan.Zero));
        var store = await azurite.OpenStoreAsync(AzuriteFixture.NewPrefix());
        try
        {
            var csv = PartsThatDoNotAddUp.Csv(CountIndicators, 240, ReportingPeriod.Month(2019, 9));
            using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
            var outcome = await new UploadIngestor(store, clock).IngestAsync(content, "twenty-years.csv", "officer@council.example");

            Assert.True(outcome.Accepted);
            Assert.True(outcome.Warnings.Count >= 2400, $"{outcome.Warnings.Count} warnings");
            await using (var beside = await store.Files.OpenReadAsync(Containers.Archive, outcome.ReceiptPath))
            {
                Assert.True(beside!.Length > 4 * AzureNotificationQueue.MaxMessageBytes, $"the receipt is {beside.Length:N0} bytes");
            }

            var received = Assert.Single(await store.Notifications.ReceiveAsync(10));
            Assert.Equal(NotificationKinds.UploadReceipt, received.Notification.Kind);
            using (var payload = JsonDocument.Parse(received.Notification.Payload))
            {
                Assert.Equal($"receipts/{outcome.Upload.Digest}/20191014T083000.0000000Z.json", payload.RootElement.GetProperty(ReceiptReference.PathProperty).GetString());
            }

            await maildev.Server.ClearAsync();
            var result = await Sender(store, clock).HandleAsync(received.Notification);
            Assert.Equal((1, true), (result.Sent, result.Succeeded));
            await store.Notifications.CompleteAsync(received);

            var message = Assert.Single(await maildev.Server.WaitForEmailsAsync(1));
            Assert.Equal("officer@council.example", message.To.Single().Address);
            Assert.Equal("Accepted: twenty-years.csv (12,000 figures)", message.Subject);
            var text = message.Text!.ReplaceLineEndings(" ");
            Assert.Contains($"Please check {outcome.Warnings.Count:N0} data-quality warnings", text, StringComparison.Ordinal);
            Assert.Contains($"... and {outcome.Warnings.Count - ReceiptMessage.WarningsShown:N0} more warnings not listed here", text, StringComparison.Ordinal);
            Assert.Equal(ReceiptMessage.WarningsShown, outcome.Warnings.Count(warning => text.Contains(warning, StringComparison.Ordinal)));
            Assert.Empty(await store.Notifications.ReceiveAsync(10));
        }
        finally
        {
            await AzuriteFixture.DeleteStoreAsync(store);
        }
    }

    [Fact]
    public async Task Queue_CarriesTheLargestNotificationTheContractAllows_AndRefusesALargerOneByName()
    {
        var store = await azurite.OpenStoreAsync(AzuriteFixture.NewPrefix());
        try
        {
            // Quotes are the worst case: JSON escapes each as six bytes.
            var largest = new Notification(new string('i', Notification.MaxNameLength), new string('k', Notification.MaxNameLength), new string('"', Notification.MaxPayloadLength));
            await store.Notifications.EnqueueAsync(largest);
            Assert.Equal(largest, Assert.Single(await store.Notifications.ReceiveAsync(10)).Notification);

            var tooLarge = new Notification("receipt:huge", NotificationKinds.UploadReceipt, new string('"', 12_000));
            var refused = await Assert.ThrowsAsync<NotificationTooLargeException>(() => store.Notifications.EnqueueAsync(tooLarge));
            Assert.StartsWith("notification receipt:huge (upload_receipt) is 96,080 bytes once encoded, over the queue's 65,536", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            await AzuriteFixture.DeleteStoreAsync(store);
        }
    }

    private NotificationSender Sender(IScrutinyStore store, TimeProvider clock)
    {
        var options = new NotificationOptions();
        var smtp = new SmtpOptions { Host = "127.0.0.1", Port = maildev.Server.SmtpPort, From = "reports@council.example", UseStartTls = false, Timeout = TimeSpan.FromSeconds(5) };
        return new NotificationSender(store, new PortalRefresher(new PortalSiteWriter(store), options), options, clock, [new SmtpMailSender(Options.Create(smtp), clock)], []);
    }
}

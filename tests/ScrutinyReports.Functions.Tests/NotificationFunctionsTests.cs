using System.Globalization;
using System.Text;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Testing.Mail;

namespace ScrutinyReports.Functions.Tests;

/// <summary>
/// SendNotification with real messages from the notifications queue on Azurite, and SendReminders, sending through a
/// real SMTP server (MailDev): receipts, reminders and publications go out once each, however often delivered.
/// </summary>
public sealed class NotificationFunctionsTests(MaildevFixture maildev) : IAsyncLifetime, IClassFixture<MaildevFixture>
{
    private const string Subscribers = """
        email,name,role,panel,themes
        chair@council.example,Cllr Ada Chair,member,cypf,
        vice.chair@council.example,Cllr Ben Vice,member,cypf,
        cin.lead@council.example,Priya Shah,officer,,Children in need
        """;

    private FunctionsTestHost app = null!;

    public async Task InitializeAsync()
    {
        await maildev.Server.ClearAsync();
        app = await FunctionsTestHost.StartAsync("2019-10-01T09:00:00Z", new Dictionary<string, string>
        {
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = maildev.Server.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["Smtp__UseStartTls"] = "false",
        });
        await app.SeedCatalogueAndPanelAsync();
        var imported = await app.Create<SubscriberImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(Subscribers)), "people.csv");
        Assert.Empty(imported.Errors);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Run_ReceiptForAnUpload_SentToTheUploaderOnceAlthoughDeliveredTwice()
    {
        await app.Create<IngestUpload>().Run(await app.DropAsync("cin.lead@council.example/september.csv", "indicator,period,value\nCIN_SEEN_5D,2019-09,81.2\n"), CancellationToken.None);
        var message = Assert.Single(await ReceiveAsync());

        await app.Create<SendNotification>().Run(message, CancellationToken.None);
        await app.Create<SendNotification>().Run(message, CancellationToken.None);

        var receipt = Assert.Single(await maildev.Server.WaitForEmailsAsync(1));
        Assert.Equal("Accepted: september.csv (1 figure)", receipt.Subject);
        Assert.Equal("cin.lead@council.example", Assert.Single(receipt.To).Address);
        await Task.Delay(500);
        Assert.Single(await maildev.Server.EmailsAsync());
    }

    [Fact]
    public async Task Run_PublicationByTheTimer_EachMemberGetsOneMessage()
    {
        await app.Create<IngestUpload>().Run(await app.DropAsync("september.csv", "indicator,period,value\nCLA_COUNT,2019-09,611\n"), CancellationToken.None);
        await ReceiveAsync();
        app.Clock.SetUtcNow(DateTimeOffset.Parse("2019-10-05T07:00:00Z", CultureInfo.InvariantCulture));
        await app.Create<PublishMonthlyReport>().Run(Timers.Firing(), CancellationToken.None);
        await PublicationQueueRunner.RunAsync(app);

        foreach (var message in await ReceiveAsync())
        {
            await app.Create<SendNotification>().Run(message, CancellationToken.None);
        }

        var emails = await maildev.Server.WaitForEmailsAsync(2);
        Assert.Equal(["chair@council.example", "vice.chair@council.example"], emails.Select(e => Assert.Single(e.To).Address).Order(StringComparer.Ordinal));
        Assert.All(emails, email => Assert.Contains("September 2019", email.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_MessageThatIsNotANotification_SetAsideWithoutFailingSoItLeavesTheQueue()
    {
        var queue = Queue();
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync("{ this is not a notification");
        var message = Assert.Single(await ReceiveAsync());

        await app.Create<SendNotification>().Run(message, CancellationToken.None);

        Assert.NotEmpty(await app.Store.Files.ListAsync(Containers.Mail, "unreadable/"));
        Assert.Empty(await maildev.Server.EmailsAsync());
    }

    [Fact]
    public async Task SendReminders_OfficerWithMissingFigures_RemindedOncePerMonth()
    {
        app.Clock.SetUtcNow(DateTimeOffset.Parse("2019-10-01T09:30:00Z", CultureInfo.InvariantCulture));
        await app.Create<SendReminders>().Run(Timers.Firing(), CancellationToken.None);
        foreach (var message in await ReceiveAsync())
        {
            await app.Create<SendNotification>().Run(message, CancellationToken.None);
        }

        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.Create<SendReminders>().Run(Timers.Firing(), CancellationToken.None);

        var reminder = Assert.Single(await maildev.Server.WaitForEmailsAsync(1));
        Assert.Equal("cin.lead@council.example", Assert.Single(reminder.To).Address);
        Assert.StartsWith("Figures due 5 October", reminder.Subject, StringComparison.Ordinal);
        Assert.Empty(await ReceiveAsync());
    }

    // The queue the SendNotification trigger reads, as the trigger reads it (host.json: base64 messages).
    private QueueClient Queue() => new(app.ConnectionString, SendNotification.Queue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    private async Task<QueueMessage[]> ReceiveAsync() => (await Queue().ReceiveMessagesAsync(32)).Value;
}

using Microsoft.Extensions.Options;
using ScrutinyReports.Cli;
using ScrutinyReports.Mail;
using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Pipeline.Portal;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Pipeline.Tests.Cli;
using ScrutinyReports.Storage.Local;
using ScrutinyReports.Testing.Mail;

namespace ScrutinyReports.Pipeline.Tests.Notifications;

/// <summary>Messages that cannot be sent are recorded and sent once the mail server is back; a redelivered event sends nothing twice.</summary>
public sealed class MailOutageTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string Store => Path.Combine(folder.Path, "store");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ServerDown_FailureIsRecordedAndKept_ThenSentOnceWhenTheServerIsBack()
    {
        var port = MaildevServer.FreePort();
        await SeedAsync();

        var down = await CliRun.RunAsync(MailSettings.ForPort(port), "--store", Store, "notify");

        Assert.Equal(ExitCodes.Failed, down.ExitCode);
        Assert.Contains(down.ErrorLines, line => line.Contains($"not sent to chair@council.example: Could not send mail through 127.0.0.1:{port}", StringComparison.Ordinal));
        Assert.Contains(down.ErrorLines, line => line.Contains("stay queued and are tried again", StringComparison.Ordinal));
        await using (var store = await LocalStore.OpenAsync(Store))
        {
            var failures = await new MessageLedger(store.Files).ListFailuresAsync();
            // The demo upload's receipt to its officer, and the publication to both members.
            Assert.Equal(["chair@council.example", "performance.officer@northbridge.example", "vice.chair@council.example"], failures.Select(f => f.To).Order(StringComparer.Ordinal));
            Assert.All(failures, f => Assert.Equal(1, f.Attempts));
        }

        var listed = await CliRun.RunAsync(MailSettings.ForPort(port), "--store", Store, "notify", "--failures");
        Assert.Equal(ExitCodes.Failed, listed.ExitCode);
        Assert.Equal(3, listed.OutputLines.Length);
        Assert.Contains(listed.OutputLines, line => line.StartsWith("chair@council.example\t\"Children, Young People and Families Scrutiny Panel: September 2019 report published\"\t1 attempt since", StringComparison.Ordinal)
            && line.EndsWith($"Could not send mail through 127.0.0.1:{port}: Connection refused (ConnectionRefused).", StringComparison.Ordinal));

        await using var mail = await MaildevServer.StartAsync(port);
        var back = await CliRun.RunAsync(MailSettings.For(mail), "--store", Store, "notify");
        var again = await CliRun.RunAsync(MailSettings.For(mail), "--store", Store, "notify");

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (back.ExitCode, again.ExitCode));
        var emails = await mail.WaitForEmailsAsync(3);
        Assert.Equal(["chair@council.example", "performance.officer@northbridge.example", "vice.chair@council.example"], emails.Select(e => e.To.Single().Address).Order(StringComparer.Ordinal));
        Assert.Contains("Notifications: 0 handled, 0 messages sent, 0 failed.", again.ErrorLines);
        Assert.Contains("Every message has been delivered.", (await CliRun.RunAsync(MailSettings.For(mail), "--store", Store, "notify", "--failures")).ErrorLines);
        await using (var store = await LocalStore.OpenAsync(Store))
        {
            Assert.Empty(await new MessageLedger(store.Files).ListFailuresAsync());
            Assert.Empty(await store.Notifications.ReceiveAsync(10));
        }
    }

    [Fact]
    public async Task RedeliveredEvent_IsRecognisedAndSendsNothingTwice()
    {
        await using var mail = await MaildevServer.StartAsync();
        await SeedAsync();
        await using var store = await LocalStore.OpenAsync(Store);
        var published = (await store.Notifications.ReceiveAsync(10)).Select(r => r.Notification).Single(n => n.Kind == NotificationKinds.ReportPublished);
        var sender = new NotificationSender(store, new PortalRefresher(new PortalSiteWriter(store), new NotificationOptions()), new NotificationOptions(), TimeProvider.System,
            [new SmtpMailSender(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = mail.SmtpPort, From = "reports@council.example", UseStartTls = false }), TimeProvider.System)], []);

        var first = await sender.HandleAsync(published);
        var redelivered = await sender.HandleAsync(published);

        Assert.Equal((2, 0), (first.Sent, first.AlreadySent));
        Assert.Equal((0, 2), (redelivered.Sent, redelivered.AlreadySent));
        await mail.WaitForEmailsAsync(2);
        await Task.Delay(300);
        Assert.Equal(2, (await mail.EmailsAsync()).Count);
    }

    // The demo publishes September 2019 and queues its notification; two members subscribe to its panel.
    private async Task SeedAsync()
    {
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("--store", Store, "demo")).ExitCode);
        var people = Path.Combine(folder.Path, "people.csv");
        File.WriteAllText(people, "email,name,role,panel\nchair@council.example,Cllr Ada,member,cypf\nvice.chair@council.example,Cllr Ben,member,cypf\n");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("--store", Store, "subscribers", "import", people)).ExitCode);
    }
}

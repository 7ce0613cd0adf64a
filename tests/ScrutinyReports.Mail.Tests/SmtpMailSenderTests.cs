using System.Text.RegularExpressions;
using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Testing.Mail;

namespace ScrutinyReports.Mail.Tests;

/// <summary>What arrives at the server: parts, addresses, headers and the Message-ID. No sign-in, no TLS.</summary>
public sealed partial class SmtpMailSenderTests(MaildevFixture maildev) : IClassFixture<MaildevFixture>
{
    private MaildevServer Server => maildev.Server;

    [Fact]
    public async Task SendAsync_DeliversTextAndHtmlPartsWithAddressesAndKey()
    {
        var key = TestSenders.NewKey("parts");

        await TestSenders.Sender(Server.SmtpPort).SendAsync(TestSenders.Message(key));

        var email = Assert.Single(await ArrivedAsync(key, 1));
        Assert.Equal("September 2019 report published", email.Subject);
        var to = Assert.Single(email.To);
        Assert.Equal(new MaildevAddress("chair@council.example", "Councillor Ann Chair"), to);
        Assert.Equal(new MaildevAddress("scrutiny@council.example", "Scrutiny reports"), email.From);
        Assert.Equal("The September 2019 report for the children's services panel is ready.", email.Text?.TrimEnd());
        Assert.Contains("<p>The <strong>September 2019</strong> report for the children's services panel is ready.</p>", email.Html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en-GB\">", email.Html, StringComparison.Ordinal);
        Assert.Contains("<title>September 2019 report published</title>", email.Html, StringComparison.Ordinal);
        Assert.Equal(key, email.Header("X-ScrutinyReports-Key"));
        Assert.Matches(MessageIdPattern(), email.Header("Message-ID"));
    }

    [Fact]
    public async Task SendAsync_SameKeyTwice_SameMessageId()
    {
        var key = TestSenders.NewKey("repeat");
        var other = TestSenders.NewKey("other");
        var sender = TestSenders.Sender(Server.SmtpPort);

        await sender.SendAsync(TestSenders.Message(key));
        await sender.SendAsync(TestSenders.Message(key, subject: "Sent again after a crash"));
        await sender.SendAsync(TestSenders.Message(other));

        var repeats = await ArrivedAsync(key, 2);
        Assert.Equal(2, repeats.Count);
        Assert.Equal(repeats[0].Header("Message-ID"), repeats[1].Header("Message-ID"));
        var different = Assert.Single(await ArrivedAsync(other, 1));
        Assert.NotEqual(repeats[0].Header("Message-ID"), different.Header("Message-ID"));
    }

    [Fact]
    public async Task SendAsync_NonAsciiText_ArrivesUnchanged()
    {
        var key = TestSenders.NewKey("utf8");
        var message = TestSenders.Message(key) with
        {
            To = new Recipient("chair@council.example", "Siân O’Brien"),
            Subject = "Children’s services – September 2019",
            Text = "Spend per child: £1,283 — up 4.5%.",
            Html = "<p>Spend per child: £1,283 — up 4.5%.</p>",
        };

        await TestSenders.Sender(Server.SmtpPort).SendAsync(message);

        var email = Assert.Single(await ArrivedAsync(key, 1));
        Assert.Equal("Children’s services – September 2019", email.Subject);
        Assert.Equal("Siân O’Brien", Assert.Single(email.To).Name);
        Assert.Equal("Spend per child: £1,283 — up 4.5%.", email.Text?.TrimEnd());
        Assert.Contains("<p>Spend per child: £1,283 — up 4.5%.</p>", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_WholeHtmlDocument_SentAsGiven()
    {
        var key = TestSenders.NewKey("document");
        const string Document = "<!DOCTYPE html>\n<html lang=\"cy\"><head><title>Adroddiad</title></head><body><p>Mae'r adroddiad yn barod.</p></body></html>\n";

        await TestSenders.Sender(Server.SmtpPort).SendAsync(TestSenders.Message(key) with { Html = Document });

        var email = Assert.Single(await ArrivedAsync(key, 1));
        Assert.Equal(Document, email.Html);
    }

    [Fact]
    public async Task SendAsync_RecipientWithoutName_ArrivesWithAddressOnly()
    {
        var key = TestSenders.NewKey("noname");

        await TestSenders.Sender(Server.SmtpPort).SendAsync(TestSenders.Message(key) with { To = new Recipient("officer@council.example", null) });

        var email = Assert.Single(await ArrivedAsync(key, 1));
        Assert.Equal(new MaildevAddress("officer@council.example", string.Empty), Assert.Single(email.To));
    }

    [Fact]
    public async Task SendAsync_StartTlsAskedOfServerWithoutIt_FailsRatherThanSendingInClear()
    {
        var key = TestSenders.NewKey("starttls");
        var sender = TestSenders.Sender(Server.SmtpPort, options => options.UseStartTls = true);

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(() => sender.SendAsync(TestSenders.Message(key)));

        Assert.Contains("STARTTLS", failure.Message, StringComparison.Ordinal);
        Assert.Empty(await ArrivedAsync(key, 1, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void Description_IsHostAndPort()
    {
        var sender = TestSenders.Sender(Server.SmtpPort, options => options.Password = "not-shown");

        Assert.Equal($"127.0.0.1:{Server.SmtpPort}", sender.Description);
    }

    private async Task<List<MaildevEmail>> ArrivedAsync(string key, int count, TimeSpan? wait = null)
    {
        var deadline = DateTime.UtcNow + (wait ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var emails = (await Server.EmailsAsync()).Where(email => email.Header("X-ScrutinyReports-Key") == key).ToList();
            if (emails.Count >= count || DateTime.UtcNow > deadline)
            {
                return emails;
            }

            await Task.Delay(50);
        }
    }

    [GeneratedRegex("^<[0-9a-f]{32}@council\\.example>$")]
    private static partial Regex MessageIdPattern();
}

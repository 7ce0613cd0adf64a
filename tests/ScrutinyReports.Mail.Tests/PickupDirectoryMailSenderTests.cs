using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Mail.Tests;

/// <summary>Messages written to a pickup folder as .eml files, read back with MimeKit as a mail client would.</summary>
public sealed class PickupDirectoryMailSenderTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2019, 11, 1, 12, 0, 0, 123, TimeSpan.Zero);
    private readonly string root = Path.Combine(Path.GetTempPath(), $"pickup-{Guid.NewGuid():N}");
    private readonly FakeTimeProvider clock = new(Noon);

    private string Folder => Path.Combine(root, "mail", "out");

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task SendAsync_WritesTheMessageAsAnEmlFile_WithSubjectAddressesBothPartsAndKey()
    {
        var key = TestSenders.NewKey("pickup");

        await Sender().SendAsync(TestSenders.Message(key) with { Subject = "Children’s services – September 2019" });

        // The folder did not exist: it is made.
        var file = Assert.Single(Directory.GetFiles(Folder));
        Assert.Equal("20191101T120000123Z-", Path.GetFileName(file)[..20]);
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        using var mime = await MimeMessage.LoadAsync(file);
        Assert.Equal("Children’s services – September 2019", mime.Subject);
        Assert.Equal(new DateTimeOffset(2019, 11, 1, 12, 0, 0, TimeSpan.Zero), mime.Date);
        var to = Assert.IsType<MailboxAddress>(Assert.Single(mime.To));
        Assert.Equal(("Councillor Ann Chair", "chair@council.example"), (to.Name, to.Address));
        var from = Assert.IsType<MailboxAddress>(Assert.Single(mime.From));
        Assert.Equal(("Scrutiny reports", "scrutiny@council.example"), (from.Name, from.Address));
        Assert.Equal(key, mime.Headers["X-ScrutinyReports-Key"]);
        Assert.Matches("^[0-9a-f]{32}@council\\.example$", mime.MessageId);
        var parts = Assert.IsType<MultipartAlternative>(mime.Body);
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        Assert.Equal("The September 2019 report for the children's services panel is ready.", mime.TextBody?.TrimEnd());
        Assert.Contains("<p>The <strong>September 2019</strong> report for the children's services panel is ready.</p>", mime.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en-GB\">", mime.HtmlBody, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Folder, "*.tmp"));
        // RFC 5322 lines end in CRLF, as SMTP sends them, whatever the platform's own line ending.
        var raw = await File.ReadAllTextAsync(file);
        Assert.Contains("\r\n", raw, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?<!\r)\n", raw);
    }

    [Fact]
    public async Task SendAsync_TwoMessagesInTheSameMillisecond_AreTwoFiles_AndLaterOnesSortAfter()
    {
        var sender = Sender();
        var first = TestSenders.NewKey("first");
        var second = TestSenders.NewKey("second");
        var later = TestSenders.NewKey("later");

        await sender.SendAsync(TestSenders.Message(first));
        await sender.SendAsync(TestSenders.Message(second));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await sender.SendAsync(TestSenders.Message(later));

        var files = Directory.GetFiles(Folder).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, files.Count);
        var keys = new List<string>();
        foreach (var file in files)
        {
            using var mime = await MimeMessage.LoadAsync(file);
            keys.Add(mime.Headers["X-ScrutinyReports-Key"] ?? string.Empty);
        }

        Assert.Equal([first, second], keys.Take(2).Order(StringComparer.Ordinal));
        Assert.Equal(later, keys[2]);
        Assert.StartsWith("20191101T120000124Z-", Path.GetFileName(files[2]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SameKeyAsSmtp_SameMessageId_AndFromDefaultsToAnInvalidDomain()
    {
        var key = TestSenders.NewKey("default-from");
        var sender = new PickupDirectoryMailSender(Options.Create(new SmtpOptions { PickupDirectory = Folder }), clock);

        await sender.SendAsync(TestSenders.Message(key));

        using var mime = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(Folder)));
        var from = Assert.IsType<MailboxAddress>(Assert.Single(mime.From));
        Assert.Equal(("Scrutiny reports", "scrutiny-reports@pickup.invalid"), (from.Name, from.Address));
        Assert.EndsWith("@pickup.invalid", mime.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_FolderCannotBeMade_IsADeliveryFailureNamingTheSetting()
    {
        Directory.CreateDirectory(root);
        var blocker = Path.Combine(root, "mail");
        await File.WriteAllTextAsync(blocker, "a file where the folder should be");

        var failure = await Assert.ThrowsAsync<MessageDeliveryException>(() => Sender().SendAsync(TestSenders.Message(TestSenders.NewKey("blocked"))));

        Assert.StartsWith($"Could not write the message to the folder {Folder} (Smtp:PickupDirectory): ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_IsTheFullPathOfTheFolder()
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Folder);

        var sender = new PickupDirectoryMailSender(Options.Create(new SmtpOptions { PickupDirectory = relative, From = TestSenders.From }), clock);

        Assert.Equal($"the folder {Folder}", sender.Description);
    }

    private PickupDirectoryMailSender Sender() =>
        new(Options.Create(new SmtpOptions { PickupDirectory = Folder, From = TestSenders.From }), clock);
}

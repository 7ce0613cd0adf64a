using System.Globalization;
using Microsoft.Extensions.Options;
using MimeKit;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Mail;

/// <summary>
/// "Sends" each message by writing it, exactly as <see cref="SmtpMailSender"/> would send it, as an RFC 5322
/// <c>.eml</c> file in <see cref="SmtpOptions.PickupDirectory"/>: for trying the pipeline without a mail server (any
/// mail client opens the files), or for a relay that collects messages from a pickup folder. Files are named by the
/// time they were written and a random suffix, so they sort by time and one never overwrites another.
/// </summary>
public sealed class PickupDirectoryMailSender : IMailSender
{
    // RFC 5322 lines end in CRLF, as SMTP sends them; MimeKit's default follows the platform (LF on Linux), which a
    // relay reading the folder may refuse.
    private static readonly FormatOptions SmtpLineEndings = CrlfOptions();

    /// <summary>The sender when <see cref="SmtpOptions.From"/> is not set: a reserved domain (RFC 2606) that no relay delivers from.</summary>
    public const string DefaultFrom = "Scrutiny reports <scrutiny-reports@pickup.invalid>";

    private readonly string folder;
    private readonly MailboxAddress from;
    private readonly TimeProvider timeProvider;

    /// <exception cref="OptionsValidationException">A setting is missing or unusable; the message names each one.</exception>
    public PickupDirectoryMailSender(IOptions<SmtpOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var settings = options.Value;
        var problems = settings.PickupProblems();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(SmtpOptions), problems);
        }

        folder = Path.GetFullPath(settings.PickupDirectory!.Trim());
        from = SmtpOptions.ParseFrom(string.IsNullOrWhiteSpace(settings.From) ? DefaultFrom : settings.From)!;
        this.timeProvider = timeProvider;
    }

    /// <summary>"the folder /full/path".</summary>
    public string Description => $"the folder {folder}";

    /// <summary>The folder the files are written to, as a full path.</summary>
    public string Folder => folder;

    /// <exception cref="MessageDeliveryException">The folder cannot be created or written to.</exception>
    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = timeProvider.GetUtcNow();
        using var mime = OutgoingMimeMessage.Create(message, from, now);
        // Written under a temporary name and renamed, so that a relay watching the folder never picks up half a message.
        var partial = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await mime.WriteToAsync(SmtpLineEndings, file, cancellationToken);
            }

            File.Move(partial, Path.Combine(folder, FileName(now)), overwrite: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MessageDeliveryException($"Could not write the message to {Description} (Smtp:PickupDirectory): {e.Message}", e);
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }

    // UTC time to the millisecond first, so names sort by time; a random part keeps two in the same millisecond apart.
    private static string FileName(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{now.UtcDateTime:yyyyMMdd'T'HHmmssfff'Z'}-{Guid.NewGuid():N}.eml");

    private static FormatOptions CrlfOptions()
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        return options;
    }
}

using MimeKit;

namespace ScrutinyReports.Mail;

/// <summary>
/// The SMTP server notifications go through, or the pickup folder they are written to, bound from the configuration
/// section <c>Smtp</c>. Checked when a <see cref="SmtpMailSender"/> or <see cref="PickupDirectoryMailSender"/> is made, which throws <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>
/// naming every setting that is wrong.
/// </summary>
public sealed class SmtpOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Smtp";

    /// <summary>The server's host name or address ("smtp.council.example"). Required.</summary>
    public string? Host { get; set; }

    /// <summary>
    /// A folder each message is written to as an .eml file instead of being sent (<see cref="PickupDirectoryMailSender"/>),
    /// when <see cref="Host"/> is not set; setting both is an error. Created when the first message is written.
    /// </summary>
    public string? PickupDirectory { get; set; }

    /// <summary>587 (submission, with STARTTLS) by default. 465 means TLS from the first byte; 25 is a relay's port.</summary>
    public int Port { get; set; } = 587;

    /// <summary>
    /// The sender: an address, optionally with a name ("Scrutiny reports &lt;scrutiny@council.example&gt;"). Required;
    /// its domain also ends every Message-ID.
    /// </summary>
    public string? From { get; set; }

    /// <summary>Signs in only when set. None by default (a council relay that trusts the host).</summary>
    public string? UserName { get; set; }

    /// <summary>Required with <see cref="UserName"/>. Never appears in an error message.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// True by default: the connection is encrypted (STARTTLS, required rather than opportunistic; TLS on connect when
    /// <see cref="Port"/> is 465). False sends in clear, for a council relay on port 25 or MailDev in tests.
    /// </summary>
    public bool UseStartTls { get; set; } = true;

    /// <summary>How long connecting and each SMTP command may take: 30 seconds by default.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Every setting that is wrong, each as a sentence naming its configuration key; empty when all are usable.</summary>
    internal IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Host))
        {
            problems.Add("Smtp:Host is not set: give the SMTP server's host name, such as smtp.council.example.");
        }

        if (!string.IsNullOrWhiteSpace(PickupDirectory))
        {
            problems.Add(BothSet);
        }

        if (Port is < 1 or > 65535)
        {
            problems.Add($"Smtp:Port is {Port}: give a TCP port from 1 to 65535 (587 for submission, 465 for TLS on connect, 25 for a relay).");
        }

        if (string.IsNullOrWhiteSpace(From))
        {
            problems.Add("Smtp:From is not set: give the sender's address, such as \"Scrutiny reports <scrutiny@council.example>\".");
        }
        else if (ParseFrom(From) is null)
        {
            problems.Add($"Smtp:From is \"{From}\", which is not an e-mail address: give one such as \"Scrutiny reports <scrutiny@council.example>\".");
        }

        if (!string.IsNullOrEmpty(UserName) && string.IsNullOrEmpty(Password))
        {
            problems.Add("Smtp:Password is not set but Smtp:UserName is: give both to sign in, or neither for a relay that does not ask.");
        }

        if (Timeout <= TimeSpan.Zero || Timeout.TotalMilliseconds > int.MaxValue)
        {
            problems.Add($"Smtp:Timeout is {Timeout}: give a positive time such as 00:00:30.");
        }

        return problems;
    }

    private const string BothSet = "Smtp:Host and Smtp:PickupDirectory are both set: give Smtp:Host to send through a mail server, or Smtp:PickupDirectory to write each message to that folder as an .eml file, not both.";

    /// <summary>What is wrong for writing to <see cref="PickupDirectory"/>; <see cref="From"/> may be left out (<see cref="PickupDirectoryMailSender.DefaultFrom"/>).</summary>
    internal IReadOnlyList<string> PickupProblems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(PickupDirectory))
        {
            problems.Add("Smtp:PickupDirectory is not set: give the folder to write messages to, such as mail-out.");
        }
        else if (PickupDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            problems.Add($"Smtp:PickupDirectory is \"{PickupDirectory}\", which is not a folder path.");
        }

        if (!string.IsNullOrWhiteSpace(Host))
        {
            problems.Add(BothSet);
        }

        if (!string.IsNullOrWhiteSpace(From) && ParseFrom(From) is null)
        {
            problems.Add($"Smtp:From is \"{From}\", which is not an e-mail address: give one such as \"Scrutiny reports <scrutiny@council.example>\", or leave it out.");
        }

        return problems;
    }

    /// <summary>The sender as a mailbox with a domain, or null when <see cref="From"/> is not one.</summary>
    internal static MailboxAddress? ParseFrom(string from) =>
        MailboxAddress.TryParse(from, out var mailbox) && !string.IsNullOrEmpty(mailbox.Domain) && !string.IsNullOrEmpty(mailbox.LocalPart)
            ? mailbox
            : null;
}

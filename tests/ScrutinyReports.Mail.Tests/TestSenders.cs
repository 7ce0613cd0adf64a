using Microsoft.Extensions.Options;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Mail.Tests;

/// <summary>Senders and messages the tests share.</summary>
internal static class TestSenders
{
    public const string From = "Scrutiny reports <scrutiny@council.example>";

    public static SmtpOptions Options(int port, Action<SmtpOptions>? change = null)
    {
        var options = new SmtpOptions { Host = "127.0.0.1", Port = port, From = From, UseStartTls = false, Timeout = TimeSpan.FromSeconds(5) };
        change?.Invoke(options);
        return options;
    }

    public static SmtpMailSender Sender(int port, Action<SmtpOptions>? change = null) =>
        new(Microsoft.Extensions.Options.Options.Create(Options(port, change)), TimeProvider.System);

    public static OutgoingMessage Message(string key, string subject = "September 2019 report published") => new(
        key,
        new Recipient("chair@council.example", "Councillor Ann Chair"),
        subject,
        "The September 2019 report for the children's services panel is ready.",
        "<p>The <strong>September 2019</strong> report for the children's services panel is ready.</p>");

    /// <summary>A key no other test uses, so that a test finds its own messages in a shared MailDev.</summary>
    public static string NewKey(string name) => $"report:cypf/2019-09/v1|{name}-{Guid.NewGuid():N}@council.example";
}

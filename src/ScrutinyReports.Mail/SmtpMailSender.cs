using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Mail;

/// <summary>
/// Sends each message through the SMTP server in <see cref="SmtpOptions"/> with MailKit. Holds no connection between
/// messages, so one instance may be shared and used from several threads at once.
/// </summary>
public sealed class SmtpMailSender : IMailSender
{
    private readonly string host;
    private readonly int port;
    private readonly MailboxAddress from;
    private readonly string? userName;
    private readonly string? password;
    private readonly SecureSocketOptions security;
    private readonly TimeSpan timeout;
    private readonly TimeProvider timeProvider;

    /// <exception cref="OptionsValidationException">A setting is missing or unusable; the message names each one.</exception>
    public SmtpMailSender(IOptions<SmtpOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var settings = options.Value;
        var problems = settings.Problems();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(SmtpOptions), problems);
        }

        host = settings.Host!.Trim();
        port = settings.Port;
        from = SmtpOptions.ParseFrom(settings.From!)!;
        userName = string.IsNullOrEmpty(settings.UserName) ? null : settings.UserName;
        password = settings.Password;
        security = !settings.UseStartTls ? SecureSocketOptions.None
            : port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        timeout = settings.Timeout;
        this.timeProvider = timeProvider;
    }

    /// <summary>"host:port".</summary>
    public string Description => string.Create(CultureInfo.InvariantCulture, $"{host}:{port}");

    /// <exception cref="MessageDeliveryException">
    /// The server could not be reached, did not answer within the timeout, refused to sign in or refused the message.
    /// </exception>
    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var mime = OutgoingMimeMessage.Create(message, from, timeProvider.GetUtcNow());

        // A connection per message: a publication mails tens of people, not thousands, and a fresh connection needs
        // no pool or liveness checks and picks up a restarted server by itself.
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(host, port, security, cancellationToken);
            if (userName is not null)
            {
                await client.AuthenticateAsync(userName, password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
        }
        catch (Exception e) when (IsDeliveryFailure(e, cancellationToken))
        {
            throw new MessageDeliveryException(WithoutPassword($"Could not send mail through {Description}: {Reason(e)}"), e);
        }

        // The server has accepted the message: neither a failed QUIT nor a cancellation now may report a failure,
        // which would only make the pipeline send the message again. The timeout still bounds the wait.
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception e) when (IsDeliveryFailure(e, CancellationToken.None))
        {
        }
    }

    private static bool IsDeliveryFailure(Exception e, CancellationToken cancellationToken) => e switch
    {
        SocketException or IOException or TimeoutException => true,
        ProtocolException or CommandException or AuthenticationException or SslHandshakeException => true,
        ServiceNotAuthenticatedException or ServiceNotConnectedException => true,
        // MailKit's word for a server without STARTTLS or AUTH when the options ask for them.
        NotSupportedException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private string Reason(Exception e) => e switch
    {
        SmtpCommandException command => string.Create(CultureInfo.InvariantCulture,
            $"the server refused {Subject(command.ErrorCode)} with {(int)command.StatusCode} {command.Message.TrimEnd('.')}."),
        ServiceNotAuthenticatedException => $"the server asks senders to sign in ({e.Message.TrimEnd('.')}): set Smtp:UserName and Smtp:Password.",
        AuthenticationException => $"the server refused the user name and password for {userName} ({e.Message.TrimEnd('.')}).",
        TimeoutException or OperationCanceledException => string.Create(CultureInfo.InvariantCulture,
            $"no answer within {timeout.TotalSeconds:0.#} s (Smtp:Timeout)."),
        SslHandshakeException => "the TLS handshake failed (is Smtp:UseStartTls right for this port, and is the server's certificate trusted?).",
        SocketException socket => $"{socket.Message.TrimEnd('.')} ({socket.SocketErrorCode}).",
        _ => e.Message,
    };

    private static string Subject(SmtpErrorCode code) => code switch
    {
        SmtpErrorCode.RecipientNotAccepted => "the recipient",
        SmtpErrorCode.SenderNotAccepted => "the sender",
        SmtpErrorCode.MessageNotAccepted => "the message",
        _ => "a command",
    };

    // No server is known to echo a password, but an error message is logged and shown: make sure.
    private string WithoutPassword(string text) =>
        string.IsNullOrEmpty(password) ? text : text.Replace(password, "(password)", StringComparison.Ordinal);
}

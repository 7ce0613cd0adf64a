using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using MimeKit;
using MimeKit.Text;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Mail;

/// <summary>
/// Turns an <see cref="OutgoingMessage"/> into the MIME message sent: multipart/alternative with UTF-8 text and HTML
/// parts, and a Message-ID that depends only on the message's key and the sender's domain, so a message sent again
/// after a crash carries the same Message-ID and a mail client can recognise the repeat.
/// </summary>
internal static class OutgoingMimeMessage
{
    /// <summary>Carries <see cref="OutgoingMessage.Key"/>, for anyone tracing a message back to its event.</summary>
    public const string KeyHeaderName = "X-ScrutinyReports-Key";

    // Reports are written in British English; the HTML part says so for screen readers.
    private const string Language = "en-GB";

    // SMTP allows 998 characters a line; the header's name and some room are kept back.
    private const int MaxUnfoldedKeyLength = 900;

    // 128 bits of SHA-256: unique for any number of keys a council will make, and short enough to read.
    private const int MessageIdHashCharacters = 32;

    public static MimeMessage Create(OutgoingMessage message, MailboxAddress from, DateTimeOffset date)
    {
        var text = new TextPart(TextFormat.Plain);
        text.SetText(Encoding.UTF8, message.Text);
        var html = new TextPart(TextFormat.Html);
        html.SetText(Encoding.UTF8, HtmlDocument(message));
        html.Headers.Add(HeaderId.ContentLanguage, Language);

        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = date,
            MessageId = MessageId(message.Key, from.Domain),
            Body = new MultipartAlternative { text, html },
        };
        mime.From.Add(new MailboxAddress(from.Name, from.Address));
        mime.To.Add(Recipient(message.To));
        mime.Headers.Add(KeyHeader(message.Key));
        return mime;
    }

    /// <summary>The Message-ID (without angle brackets) for a key: a SHA-256 prefix at the sender's domain.</summary>
    public static string MessageId(string key, string domain)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return string.Create(CultureInfo.InvariantCulture, $"{hash[..MessageIdHashCharacters]}@{domain}");
    }

    // MimeKit would fold a long value, or encode it as =?utf-8?q?...?= when it has no space to fold at; a key is
    // for people and scripts to match against, so a plain ASCII key goes out exactly as it is, on one line.
    private static Header KeyHeader(string key)
    {
        var header = new Header(Encoding.UTF8, KeyHeaderName, key);
        if (key.Length <= MaxUnfoldedKeyLength && key.All(c => c is >= ' ' and <= '~'))
        {
            header.SetRawValue(Encoding.ASCII.GetBytes($" {key}\r\n"));
        }

        return header;
    }

    private static MailboxAddress Recipient(Recipient recipient)
    {
        try
        {
            return new MailboxAddress(recipient.Name, recipient.Email);
        }
        catch (ParseException e)
        {
            throw new ArgumentException($"The recipient \"{recipient.Email}\" is not an e-mail address.", nameof(recipient), e);
        }
    }

    // The pipeline may give a fragment; a mail client shows a whole document best, and only a document can say its language.
    private static string HtmlDocument(OutgoingMessage message)
    {
        var start = message.Html.AsSpan().TrimStart();
        if (start.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return message.Html;
        }

        return $"""
            <!DOCTYPE html>
            <html lang="{Language}">
            <head>
            <meta charset="utf-8">
            <title>{WebUtility.HtmlEncode(message.Subject)}</title>
            </head>
            <body>
            {message.Html}
            </body>
            </html>

            """;
    }
}

using System.Text.Json;

namespace ScrutinyReports.Testing.Mail;

/// <summary>An address as MailDev parsed it from a message's headers; <see cref="Name"/> is empty when there was none.</summary>
public sealed record MaildevAddress(string Address, string Name);

/// <summary>
/// One message MailDev received, as its REST API (<c>GET /api/email</c>) describes it. <see cref="Headers"/> are the
/// headers MailDev keeps (it leaves out From, To and Date, which it parses into fields), keyed case-insensitively,
/// with repeated headers joined by ", ".
/// </summary>
public sealed record MaildevEmail(
    string Id,
    string Subject,
    IReadOnlyList<MaildevAddress> To,
    MaildevAddress? From,
    string? Text,
    string? Html,
    IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The header's value, or null when the message has none.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    internal static MaildevEmail Parse(JsonElement email) => new(
        email.GetProperty("id").GetString() ?? string.Empty,
        StringOrNull(email, "subject") ?? string.Empty,
        Addresses(email, "to"),
        Addresses(email, "from").FirstOrDefault(),
        StringOrNull(email, "text"),
        StringOrNull(email, "html"),
        HeaderValues(email));

    private static string? StringOrNull(JsonElement email, string name) =>
        email.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<MaildevAddress> Addresses(JsonElement email, string name) =>
        email.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray()
                .Select(address => new MaildevAddress(StringOrNull(address, "address") ?? string.Empty, StringOrNull(address, "name") ?? string.Empty))
                .ToList()
            : [];

    private static Dictionary<string, string> HeaderValues(JsonElement email)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (email.TryGetProperty("headers", out var values) && values.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in values.EnumerateObject())
            {
                headers[header.Name] = header.Value.ValueKind switch
                {
                    JsonValueKind.String => header.Value.GetString() ?? string.Empty,
                    JsonValueKind.Array => string.Join(", ", header.Value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText())),
                    _ => header.Value.GetRawText(),
                };
            }
        }

        return headers;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScrutinyReports.Functions.Publication;

/// <summary>
/// One panel's report for one month, as a message on the publications queue: the wave it belongs to, the month
/// (yyyy-MM) and the panel's id. Repeating it is harmless: the report's input fingerprint makes an unchanged report
/// no new version.
/// </summary>
public sealed record PanelPublicationMessage(
    [property: JsonPropertyName("wave")] string Wave,
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("panel")] string Panel)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>The message, or null when the text is not one (then no retry can help).</summary>
    public static PanelPublicationMessage? TryRead(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<PanelPublicationMessage>(text) is { Wave.Length: > 0, Period.Length: > 0, Panel.Length: > 0 } message ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

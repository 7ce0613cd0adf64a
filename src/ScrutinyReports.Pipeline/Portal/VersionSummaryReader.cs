using System.Text.Json;

namespace ScrutinyReports.Pipeline.Portal;

/// <summary>Reads the parts of report.json (schema version 1, docs/report-json.md) that the portal shows.</summary>
internal static class VersionSummaryReader
{
    public static async Task<VersionSummary> ReadAsync(Stream reportJson, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(reportJson, cancellationToken: cancellationToken);
        var root = document.RootElement;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        int red = 0, amber = 0, green = 0, notRated = 0;
        foreach (var indicator in root.GetProperty("indicators").EnumerateArray())
        {
            names[Text(indicator, "id") ?? ""] = Text(indicator, "name") ?? "";
            switch (Text(indicator, "rag"))
            {
                case "red": red++; break;
                case "amber": amber++; break;
                case "green": green++; break;
                default: notRated++; break;
            }
        }

        int? previous = null;
        var changes = new List<VersionChangeText>();
        if (root.TryGetProperty("changesSincePreviousVersion", out var since) && since.ValueKind == JsonValueKind.Object)
        {
            previous = since.GetProperty("previousVersion").GetInt32();
            foreach (var change in since.GetProperty("changes").EnumerateArray())
            {
                var id = Text(change, "indicator") ?? "";
                changes.Add(new VersionChangeText(names.GetValueOrDefault(id, id), Text(change, "field") ?? "", Text(change, "old"), Text(change, "new")));
            }
        }

        return new VersionSummary(
            root.GetProperty("panel").GetProperty("name").GetString() ?? "",
            Text(root, "periodLabel") ?? Text(root, "period") ?? "",
            Text(root, "audience") == "public",
            new RagCounts(red, amber, green, notRated),
            previous,
            changes);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;
}

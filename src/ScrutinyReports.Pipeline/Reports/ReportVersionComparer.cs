using System.Text.Json;
using ScrutinyReports.Domain.Reports;

namespace ScrutinyReports.Pipeline.Reports;

/// <summary>
/// Compares a new report with the previous version's report.json, so that a re-issue says what changed: each
/// indicator's value, status, RAG, comparators and breakdowns, and indicators added or removed.
/// </summary>
public static class ReportVersionComparer
{
    private static readonly string[] Fields = ["value", "status", "rag", "period"];

    public static VersionChanges Compare(int previousVersion, JsonDocument previous, JsonDocument current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var before = Indicators(previous);
        var after = Indicators(current);
        var changes = new List<VersionChange>();
        foreach (var (id, now) in after)
        {
            if (!before.TryGetValue(id, out var then))
            {
                changes.Add(new VersionChange(id, "indicator", null, "added"));
                continue;
            }

            foreach (var field in Fields)
            {
                var old = Text(then, field);
                var @new = Text(now, field);
                if (old != @new)
                {
                    changes.Add(new VersionChange(id, field, old, @new));
                }
            }

            var oldComparators = then.TryGetProperty("comparators", out var c1) ? c1.GetRawText() : "[]";
            var newComparators = now.TryGetProperty("comparators", out var c2) ? c2.GetRawText() : "[]";
            if (oldComparators != newComparators)
            {
                changes.Add(new VersionChange(id, "comparators", null, null));
            }

            // A version written before breakdowns existed has none, which is what a report without them now writes.
            var oldBreakdowns = then.TryGetProperty("breakdowns", out var b1) ? b1.GetRawText() : "[]";
            var newBreakdowns = now.TryGetProperty("breakdowns", out var b2) ? b2.GetRawText() : "[]";
            if (oldBreakdowns != newBreakdowns)
            {
                changes.Add(new VersionChange(id, "breakdowns", null, null));
            }
        }

        changes.AddRange(before.Keys.Where(id => !after.ContainsKey(id)).Select(id => new VersionChange(id, "indicator", "present", "removed")));
        return new VersionChanges(previousVersion, changes);
    }

    private static Dictionary<string, JsonElement> Indicators(JsonDocument report) =>
        report.RootElement.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, StringComparer.Ordinal);

    private static string? Text(JsonElement indicator, string field) =>
        indicator.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;
}

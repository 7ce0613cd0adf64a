using System.Globalization;
using System.Text.Json;
using ScrutinyReports.Domain.FollowUp;

namespace ScrutinyReports.Pipeline.Storage;

/// <summary>
/// How both stores keep an item's definition (a JSON document, so it can grow without schema changes) and its
/// history entries' fields (statuses as their words, dates as ISO 8601).
/// </summary>
public static class FollowUpDocument
{
    public static string DefinitionJson(FollowUpItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return JsonSerializer.Serialize(new Definition(item.Ref, FollowUpWords.Of(item.Kind), item.Text, Iso(item.Raised), item.Lead,
            item.Due is { } due ? Iso(due) : null, [.. item.IndicatorIds]));
    }

    public static FollowUpItem Item(string panelId, string json, IReadOnlyList<FollowUpHistoryEntry> history)
    {
        var definition = JsonSerializer.Deserialize<Definition>(json) ?? throw new InvalidDataException("A stored follow-up item is empty.");
        return new FollowUpItem(definition.Ref, FollowUpWords.ParseKind(definition.Kind) ?? throw new InvalidDataException($"A stored follow-up item has an unknown kind, {definition.Kind}."),
            definition.Text, Date(definition.Raised), definition.Lead, definition.Due is { } due ? Date(due) : null, panelId, definition.Indicators, history);
    }

    public static string Status(FollowUpStatus status) => FollowUpWords.Of(status);

    public static FollowUpStatus Status(string text) =>
        FollowUpWords.ParseStatus(text) ?? throw new InvalidDataException($"A stored follow-up entry has an unknown status, {text}.");

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Refuses a save that would drop stored history; returns how many of the item's entries are new.</summary>
    public static int NewEntries(FollowUpItem item, int stored)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.History.Count < stored)
        {
            throw new InvalidOperationException($"Follow-up item {item.Ref} of panel {item.PanelId} has {stored} history entries stored; a save with {item.History.Count} would lose some.");
        }

        return item.History.Count - stored;
    }

    private sealed record Definition(string Ref, string Kind, string Text, string Raised, string Lead, string? Due, string[] Indicators);
}

using ScrutinyReports.Domain.FollowUp;

namespace ScrutinyReports.Pipeline.FollowUp;

/// <summary>
/// Folds a new statement about an item into its log. A status and update the item already records (as its latest
/// entry, or as an entry with the same date) add nothing, so importing the same file twice changes nothing.
/// </summary>
public static class FollowUpMerge
{
    /// <summary>The item with the definition given and the entry appended when it is news; null when nothing changes.</summary>
    public static FollowUpItem? Apply(FollowUpItem? existing, FollowUpItem definition, FollowUpHistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(entry);
        if (existing is null)
        {
            return With(definition, [entry]);
        }

        var latest = existing.History[^1];
        var known = (latest.Status == entry.Status && latest.Update == entry.Update)
            || existing.History.Any(old => old.Status == entry.Status && old.Update == entry.Update && old.Date == entry.Date);
        var redefined = !SameDefinition(existing, definition);
        if (known && !redefined)
        {
            return null;
        }

        return With(definition, known ? existing.History : [.. existing.History, entry]);
    }

    private static bool SameDefinition(FollowUpItem a, FollowUpItem b) =>
        a.Kind == b.Kind && a.Text == b.Text && a.Raised == b.Raised && string.Equals(a.Lead, b.Lead, StringComparison.OrdinalIgnoreCase)
        && a.Due == b.Due && a.IndicatorIds.SequenceEqual(b.IndicatorIds, StringComparer.OrdinalIgnoreCase);

    // The stored reference and panel spelling is kept, so a reference typed in another case stays one item.
    private static FollowUpItem With(FollowUpItem definition, IReadOnlyList<FollowUpHistoryEntry> history) =>
        new(definition.Ref, definition.Kind, definition.Text, definition.Raised, definition.Lead, definition.Due, definition.PanelId, definition.IndicatorIds, history);
}

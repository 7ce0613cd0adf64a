namespace ScrutinyReports.Domain.FollowUp;

/// <summary>
/// A recommendation, action or question a panel carries from meeting to meeting. Its status and latest update are
/// those of its last history entry (entries in the order they were recorded; the latest dated one wins a tie-break by
/// order). <see cref="IndicatorIds"/> are the catalogue indicators whose movement the pack reports against it.
/// </summary>
public sealed record FollowUpItem
{
    public FollowUpItem(string reference, FollowUpKind kind, string text, DateOnly raised, string lead, DateOnly? due,
        string panelId, IReadOnlyList<string> indicatorIds, IReadOnlyList<FollowUpHistoryEntry> history)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(lead);
        ArgumentException.ThrowIfNullOrWhiteSpace(panelId);
        ArgumentNullException.ThrowIfNull(indicatorIds);
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0)
        {
            throw new ArgumentException("An item has at least the entry that recorded it.", nameof(history));
        }

        Ref = reference;
        Kind = kind;
        Text = text;
        Raised = raised;
        Lead = lead;
        Due = due;
        PanelId = panelId;
        IndicatorIds = indicatorIds;
        History = history;
    }

    public string Ref { get; }

    public FollowUpKind Kind { get; }

    public string Text { get; }

    /// <summary>The date of the meeting that raised it.</summary>
    public DateOnly Raised { get; }

    /// <summary>The lead officer's e-mail address.</summary>
    public string Lead { get; }

    public DateOnly? Due { get; }

    public string PanelId { get; }

    public IReadOnlyList<string> IndicatorIds { get; }

    public IReadOnlyList<FollowUpHistoryEntry> History { get; }

    private FollowUpHistoryEntry Latest => History.Select((entry, order) => (entry, order))
        .MaxBy(pair => (pair.entry.Date, pair.order)).entry;

    public FollowUpStatus Status => Latest.Status;

    /// <summary>The most recent written update and its date; null when no update has been written.</summary>
    public FollowUpHistoryEntry? LatestUpdate => History.Select((entry, order) => (entry, order))
        .Where(pair => !string.IsNullOrWhiteSpace(pair.entry.Update))
        .OrderBy(pair => (pair.entry.Date, pair.order)).Select(pair => pair.entry).LastOrDefault();

    /// <summary>Still being worked on: open, on track or at risk.</summary>
    public bool IsOpen => Status is FollowUpStatus.Open or FollowUpStatus.OnTrack or FollowUpStatus.AtRisk;

    /// <summary>An open item whose due date has passed by <paramref name="asAt"/>. Due on the day itself is not yet overdue.</summary>
    public bool IsOverdue(DateOnly asAt) => IsOpen && Due is { } due && due < asAt;

    /// <summary>How many days past its due date an overdue item is at <paramref name="asAt"/>; 0 when it is not overdue.</summary>
    public int DaysOverdue(DateOnly asAt) => IsOverdue(asAt) ? asAt.DayNumber - Due!.Value.DayNumber : 0;

    /// <summary>When it was closed (completed, answered or dropped): the date of the first entry of the closing run of its status.</summary>
    public DateOnly? ClosedOn
    {
        get
        {
            if (IsOpen)
            {
                return null;
            }

            var ordered = History.Select((entry, order) => (entry, order)).OrderBy(pair => (pair.entry.Date, pair.order)).Select(pair => pair.entry).ToList();
            var first = ordered.Count - 1;
            while (first > 0 && ordered[first - 1].Status == Status)
            {
                first--;
            }

            return ordered[first].Date;
        }
    }

    /// <summary>
    /// The item as it stood at the end of <paramref name="asAt"/>: only the history recorded by then. Null when it
    /// had not been raised, or nothing about it had been recorded, by then.
    /// </summary>
    public FollowUpItem? AsAt(DateOnly asAt)
    {
        if (Raised > asAt)
        {
            return null;
        }

        var known = History.Where(entry => entry.Date <= asAt).ToList();
        return known.Count == 0 ? null : new FollowUpItem(Ref, Kind, Text, Raised, Lead, Due, PanelId, IndicatorIds, known);
    }
}

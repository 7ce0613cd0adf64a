using ScrutinyReports.Domain.Reports;

namespace ScrutinyReports.Domain.FollowUp;

/// <summary>One item as the pack shows it: overdue worked out at the pack's date, and its linked indicators' movement.</summary>
public sealed record FollowUpEntry(FollowUpItem Item, bool IsOverdue, int DaysOverdue, IReadOnlyList<IndicatorMovement> Movements)
{
    /// <summary>The lead officer's name from the subscriber list; null when it has none, and the pack shows the e-mail.</summary>
    public string? LeadName { get; init; }
}

/// <summary>
/// A panel's follow-up log as a pack shows it: the log as it stood at <see cref="AsAt"/> (the meeting date, or the
/// day the pack was made), in pack order (see <see cref="FollowUpOrdering"/>), items closed before
/// <see cref="LastMeeting"/> left out.
/// </summary>
public sealed record FollowUpSection(DateOnly AsAt, DateOnly LastMeeting, IReadOnlyList<FollowUpEntry> Entries)
{
    public static FollowUpSection None { get; } = new(DateOnly.MinValue, DateOnly.MinValue, []);

    public bool IsEmpty => Entries.Count == 0;

    public int Overdue => Entries.Count(e => e.IsOverdue);

    public int AtRisk => Entries.Count(e => !e.IsOverdue && e.Item.Status == FollowUpStatus.AtRisk);

    public int OnTrack => Entries.Count(e => !e.IsOverdue && e.Item.Status is FollowUpStatus.OnTrack or FollowUpStatus.Open);

    public int Open => Entries.Count(e => e.Item.IsOpen);

    public int ClosedSinceLastMeeting => Entries.Count(e => !e.Item.IsOpen);

    /// <param name="log">The panel's items with their whole history; only what was recorded by <paramref name="asAt"/> is used.</param>
    /// <param name="indicators">The report's indicators, whose analyses give the linked indicators' movement.</param>
    public static FollowUpSection Build(IEnumerable<FollowUpItem> log, IReadOnlyList<IndicatorEntry> indicators, DateOnly asAt, DateOnly lastMeeting)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(indicators);
        var byId = indicators.ToDictionary(e => e.Analysis.Indicator.Id, StringComparer.OrdinalIgnoreCase);
        var known = log.Select(item => item.AsAt(asAt)).OfType<FollowUpItem>();
        var entries = FollowUpOrdering.ForPack(known, asAt, lastMeeting)
            .Select(item => new FollowUpEntry(item, item.IsOverdue(asAt), item.DaysOverdue(asAt),
                [.. item.IndicatorIds.Where(byId.ContainsKey).Select(id => MovementWriter.Describe(item, byId[id].Analysis))]))
            .ToList();
        return new FollowUpSection(asAt, lastMeeting, entries);
    }
}

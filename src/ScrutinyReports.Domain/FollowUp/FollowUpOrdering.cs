using ScrutinyReports.Domain.Formatting;

namespace ScrutinyReports.Domain.FollowUp;

/// <summary>
/// The order a pack lists a panel's log in: open items needing attention first (overdue, then at risk, on track and
/// open), then those closed since the last meeting (complete, answered, dropped). Within a group, the earliest due
/// first, then the earliest raised, then by reference in natural order. Items closed before the last meeting are left out.
/// </summary>
public static class FollowUpOrdering
{
    public static IReadOnlyList<FollowUpItem> ForPack(IEnumerable<FollowUpItem> items, DateOnly asAt, DateOnly lastMeeting)
    {
        ArgumentNullException.ThrowIfNull(items);
        return [.. items
            .Where(item => item.IsOpen || item.ClosedOn > lastMeeting)
            .OrderBy(item => Group(item, asAt))
            .ThenBy(item => item.Due ?? DateOnly.MaxValue)
            .ThenBy(item => item.Raised)
            .ThenBy(item => item.Ref, NaturalOrder.IgnoringTies)];
    }

    /// <summary>0 overdue, 1 at risk, 2 on track, 3 open, 4 closed since the last meeting.</summary>
    public static int Group(FollowUpItem item, DateOnly asAt)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.IsOverdue(asAt))
        {
            return 0;
        }

        return item.Status switch
        {
            FollowUpStatus.AtRisk => 1,
            FollowUpStatus.OnTrack => 2,
            FollowUpStatus.Open => 3,
            _ => 4,
        };
    }
}

using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Pipeline.Notifications;

/// <summary>
/// Which follow-up items a reminder names. A lead is asked to update each open item they lead that has had no written
/// update since the month due began (for September's figures, due in October, none since 1 September), so that the
/// pack made after the deadline shows where every item stands. A chair is told of open items more than the panel's
/// threshold of days past due.
/// </summary>
public static class FollowUpDue
{
    /// <summary>The open items <paramref name="lead"/> leads, as known at <paramref name="asAt"/>, with no update written since the month began.</summary>
    public static IReadOnlyList<FollowUpItem> NeedingUpdate(IEnumerable<FollowUpItem> log, string lead, ReportingPeriod month, DateOnly asAt) =>
        [.. log.Where(item => string.Equals(item.Lead, lead, StringComparison.OrdinalIgnoreCase))
            .Select(item => item.AsAt(asAt))
            .OfType<FollowUpItem>()
            .Where(item => StillNeedsUpdate(item, month))
            .OrderBy(item => item.Due ?? DateOnly.MaxValue).ThenBy(item => item.PanelId, StringComparer.Ordinal).ThenBy(item => item.Ref, StringComparer.OrdinalIgnoreCase)];

    public static bool StillNeedsUpdate(FollowUpItem item, ReportingPeriod month)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.IsOpen && !(item.LatestUpdate?.Date >= month.Start);
    }

    /// <summary>The panel's open items more than <paramref name="thresholdDays"/> days past due at <paramref name="asAt"/>, longest overdue first.</summary>
    public static IReadOnlyList<FollowUpItem> OverdueBeyond(IEnumerable<FollowUpItem> log, string panelId, int thresholdDays, DateOnly asAt) =>
        [.. log.Where(item => string.Equals(item.PanelId, panelId, StringComparison.OrdinalIgnoreCase))
            .Select(item => item.AsAt(asAt))
            .OfType<FollowUpItem>()
            .Where(item => item.DaysOverdue(asAt) > thresholdDays)
            .OrderByDescending(item => item.DaysOverdue(asAt)).ThenBy(item => item.Ref, StringComparer.OrdinalIgnoreCase)];
}

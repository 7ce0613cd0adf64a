using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Pipeline.Portal;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.FollowUp;

/// <summary>
/// Gives a report its panel's follow-up log, as at the panel's meeting date (or the day the report is made when no
/// meeting is set), with items closed in the month before left in as "since the last meeting", and each lead's name
/// from the subscriber list where it has one; and folds the log into the report's input fingerprint.
/// </summary>
public static class FollowUpReports
{
    public static async Task<ScrutinyReport> AttachAsync(IScrutinyStore store, ScrutinyReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(report);
        var log = await store.FollowUps.ListAsync(report.Panel.Id, cancellationToken);
        if (log.Count == 0)
        {
            return report;
        }

        var asAt = AsAt(report);
        var subscribers = await Notifications.SubscriberDirectory.LoadAsync(store.Files, cancellationToken);
        var built = FollowUpSection.Build(log, report.Indicators, asAt, asAt.AddMonths(-1));
        var section = built with { Entries = [.. built.Entries.Select(entry => entry with { LeadName = LeadName(entry.Item.Lead, subscribers) })] };
        return report with { FollowUp = section, InputFingerprint = FollowUpFingerprint.Extend(report.InputFingerprint, section) };
    }

    private static string? LeadName(string email, IReadOnlyList<Domain.Panels.Subscriber> subscribers)
    {
        var named = Notifications.LeadNames.Of(email, subscribers);
        return named == email ? null : named;
    }

    /// <summary>The date the log is shown as at: the panel's meeting, or the day the report was made.</summary>
    public static DateOnly AsAt(ScrutinyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Panel.MeetingDate ?? UkTime.DateOf(report.GeneratedAt);
    }
}

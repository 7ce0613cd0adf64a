using System.Text.Json;

namespace ScrutinyReports.Pipeline.Notifications;

/// <summary>
/// The payload of a data-due notification: who, for which month, by when, which figures were missing and which of
/// their follow-up items needed an update when it was queued (<see cref="AsAt"/>, the date items are judged overdue
/// at). Both are null in reminders queued before follow-up existed.
/// </summary>
internal sealed record DataDueReminder(string Email, string Name, string Month, DateOnly Deadline, IReadOnlyList<DueFigureCode> Figures,
    IReadOnlyList<FollowUpItemCode>? FollowUps = null, DateOnly? AsAt = null)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The notification's id: one reminder per officer per month, whatever the number of runs.</summary>
    public static string IdFor(string month, string email) => $"reminder:{month}:{email.ToLowerInvariant()}";
}

internal sealed record DueFigureCode(string Indicator, string Period);

internal sealed record FollowUpItemCode(string Panel, string Ref);

/// <summary>
/// The payload of a chair's follow-up alert: the panel, the month whose reminders it goes with, the date the items were
/// judged overdue at, and the threshold of days; the items themselves are read again when it is sent.
/// </summary>
internal sealed record FollowUpOverdueAlert(string Panel, string PanelName, string Month, DateOnly AsAt, int ThresholdDays, string Email, string Name)
{
    /// <summary>One alert per panel per month, whatever the number of runs.</summary>
    public static string IdFor(string month, string panel) => $"follow-up-overdue:{month}:{panel.ToLowerInvariant()}";
}

using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Panels;

namespace ScrutinyReports.Pipeline.Notifications.Messages;

/// <summary>What a panel's chair is told: the follow-up items more than the panel's threshold of days past due, who leads each, and the latest update.</summary>
public static class FollowUpOverdueMessage
{
    public static MessageDocument Write(string chairName, string panelName, DateOnly asAt, int thresholdDays, IReadOnlyList<FollowUpItem> overdue, IReadOnlyList<Subscriber> subscribers)
    {
        ArgumentNullException.ThrowIfNull(overdue);
        ArgumentNullException.ThrowIfNull(subscribers);
        var count = CountText.Of(overdue.Count, "follow-up item");
        var beyond = CountText.Of(thresholdDays, "day");
        return new MessageDocument($"{panelName}: {count} overdue by more than {beyond}")
            .Paragraph($"Dear {chairName},")
            .Paragraph($"On {ReminderMessage.LongDate(asAt)}, {count} of the {panelName} {(overdue.Count == 1 ? "was" : "were")} still open more than {beyond} after {(overdue.Count == 1 ? "its" : "their")} due date:")
            .Table("Overdue follow-up items", ["Reference", "Item", "Lead", "Due", "Latest update"], overdue.Select(item => (IReadOnlyList<string>)
            [
                item.Ref,
                $"{FollowUpWords.Capitalised(item.Kind)}: {item.Text}",
                LeadNames.Of(item.Lead, subscribers),
                $"{ReminderMessage.LongDate(item.Due!.Value)} (overdue by {CountText.Of(item.DaysOverdue(asAt), "day")})",
                item.LatestUpdate is { } update ? $"{update.Update} ({ReminderMessage.LongDate(update.Date)})" : "No update yet",
            ]))
            .Paragraph("A lead is asked each month for an update, before the panel's data deadline, on any open item with no update since the month began. You are told once a month, and only when an item is overdue by more than this.");
    }
}

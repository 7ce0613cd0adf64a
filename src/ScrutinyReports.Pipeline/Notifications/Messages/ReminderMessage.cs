using System.Globalization;
using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Pipeline.Notifications.Messages;

/// <summary>
/// The data-due reminder an officer gets: which of their indicators have no figure yet, for which period, and by when;
/// and which follow-up items they lead need an update for the panel by the same deadline. Either part may be empty.
/// </summary>
public static class ReminderMessage
{
    public static MessageDocument Write(string name, ReportingPeriod month, DateOnly deadline, IReadOnlyList<DueFigure> missing) =>
        Write(name, month, deadline, missing, [], deadline);

    public static MessageDocument Write(string name, ReportingPeriod month, DateOnly deadline, IReadOnlyList<DueFigure> missing,
        IReadOnlyList<FollowUpItem> followUps, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(missing);
        ArgumentNullException.ThrowIfNull(followUps);
        var due = deadline.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        var day = deadline.ToString("d MMMM", CultureInfo.InvariantCulture);
        var items = CountText.Of(followUps.Count, "follow-up item");
        var subject = missing.Count == 0
            ? $"Follow-up due {day}: {items} to update for the panel"
            : $"Figures due {day}: {CountText.Of(missing.Count, "indicator")} still to send for {month.Label}" + (followUps.Count == 0 ? string.Empty : $", and {items} to update");
        var document = new MessageDocument(subject).Paragraph($"Dear {name},");
        if (missing.Count > 0)
        {
            document.Paragraph($"The {month.Label} figures are due by {due}, for the panel report. " +
                               $"{CountText.Of(missing.Count, "indicator")} you own {(missing.Count == 1 ? "has" : "have")} no figure for the period yet:");
            foreach (var theme in missing.GroupBy(figure => figure.Indicator.Theme).OrderBy(group => group.Key, StringComparer.Ordinal))
            {
                document.Table(theme.Key, ["Indicator", "Period due"],
                    theme.OrderBy(figure => figure.Indicator.Name, StringComparer.Ordinal)
                        .Select(figure => (IReadOnlyList<string>)[$"{figure.Indicator.Name} ({figure.Indicator.Id})", figure.Period.Label]));
            }

            document.Paragraph("Upload them as usual (a CSV or Excel file in the uploads folder, under your e-mail address); you will get a receipt within a minute. " +
                               "If a figure cannot be given, upload the row with N/A and a comment, so the panel sees why.");
        }

        if (followUps.Count > 0)
        {
            document.Paragraph($"The panel is following up {CountText.Of(followUps.Count, "item")} you lead that {(followUps.Count == 1 ? "has" : "have")} had no update since {month.Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}. " +
                               $"Please send an update by {due}, so that the panel's next report shows where {(followUps.Count == 1 ? "it stands" : "each stands")}:");
            document.Table("Follow-up items to update", ["Reference", "Item", "Due", "Status", "Latest update"], followUps.Select(item => FollowUpRow(item, today)));
            document.Paragraph("Send the update to the panel's scrutiny officer, who records it in the log.");
        }

        return document.Paragraph("You get this reminder once a month; it goes only to officers with figures still to send or follow-up items to update.");
    }

    internal static IReadOnlyList<string> FollowUpRow(FollowUpItem item, DateOnly today) =>
    [
        item.Ref,
        $"{FollowUpWords.Capitalised(item.Kind)}: {item.Text}",
        item.Due is { } due ? LongDate(due) + (item.IsOverdue(today) ? $" (overdue by {CountText.Of(item.DaysOverdue(today), "day")})" : string.Empty) : "No due date",
        FollowUpWords.Capitalised(item.Status),
        item.LatestUpdate is { } update ? $"{update.Update} ({LongDate(update.Date)})" : "No update yet",
    ];

    internal static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

/// <summary>An indicator's figure due for a period.</summary>
public sealed record DueFigure(Indicator Indicator, ReportingPeriod Period);

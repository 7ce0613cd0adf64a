using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.FollowUp;

namespace ScrutinyReports.Rendering.Views;

/// <summary>One item of the follow-up log as the pack prints it: every date written out, overdue worked out.</summary>
public sealed record FollowUpRowView(
    string Ref,
    string Kind,
    string Text,
    string Raised,
    string Lead,
    string Due,
    string Status,
    string StatusCode,
    string Update,
    string UpdateDate,
    IReadOnlyList<string> Movements);

/// <summary>
/// The pack's "Recommendations, actions and questions" section: the open items (overdue first, then at risk, on
/// track and open) and the items closed since the last meeting, with the counts the summary gives.
/// </summary>
public sealed class FollowUpView
{
    public static FollowUpView None { get; } = new(FollowUpSection.None);

    public FollowUpView(FollowUpSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        HasItems = !section.IsEmpty;
        AsAt = section.IsEmpty ? string.Empty : DisplayText.Date(section.AsAt);
        LastMeeting = section.IsEmpty ? string.Empty : DisplayText.Date(section.LastMeeting);
        Open = [.. section.Entries.Where(e => e.Item.IsOpen).Select(Row)];
        Closed = [.. section.Entries.Where(e => !e.Item.IsOpen).Select(Row)];
        Counts =
        [
            new("Overdue", "!", section.Overdue, "overdue"),
            new("At risk", "▲", section.AtRisk, "at-risk"),
            new("On track or open, not yet due", "●", section.OnTrack, "on-track"),
            new("Completed, answered or dropped since the last meeting", "✔", section.ClosedSinceLastMeeting, "closed"),
        ];
        Summary = section.IsEmpty ? string.Empty
            : $"{CountText.Of(section.Open, "item")} open, {section.Overdue} of them overdue at {AsAt}; {section.ClosedSinceLastMeeting} closed since the last meeting.";
    }

    public bool HasItems { get; }

    /// <summary>The date the log is shown as at: "23 October 2019".</summary>
    public string AsAt { get; }

    public string LastMeeting { get; }

    public IReadOnlyList<FollowUpRowView> Open { get; }

    public IReadOnlyList<FollowUpRowView> Closed { get; }

    public IReadOnlyList<CountView> Counts { get; }

    /// <summary>One line for the performance-on-a-page summary.</summary>
    public string Summary { get; }

    /// <summary>The section's introduction.</summary>
    public static string Introduction(FollowUpSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return $"The Panel's recommendations, the actions agreed with the service and members' questions, as they stood on {DisplayText.Date(section.AsAt)}. " +
               "Open items come first: those past their due date (overdue, worked out from the due date rather than reported), then those at risk, on track and open. " +
               $"Items completed, answered or dropped since the last meeting ({DisplayText.Date(section.LastMeeting)}) follow. " +
               "Where an item is linked to indicators, what has happened to them since it was raised is stated with the periods compared.";
    }

    private static FollowUpRowView Row(FollowUpEntry entry)
    {
        var item = entry.Item;
        var status = FollowUpWords.Capitalised(item.Status);
        var shown = entry.IsOverdue
            ? $"Overdue by {CountText.Of(entry.DaysOverdue, "day")} (last reported {FollowUpWords.Of(item.Status)})"
            : item.ClosedOn is { } closed ? $"{status} on {DisplayText.Date(closed)}" : status;
        var code = entry.IsOverdue ? "overdue" : item.Status switch
        {
            FollowUpStatus.AtRisk => "at-risk",
            FollowUpStatus.OnTrack or FollowUpStatus.Open => "on-track",
            _ => "closed",
        };
        var update = item.LatestUpdate;
        return new FollowUpRowView(item.Ref, Capital(FollowUpWords.Of(item.Kind)), item.Text, DisplayText.Date(item.Raised), entry.LeadName ?? item.Lead,
            item.Due is { } due ? DisplayText.Date(due) : "No due date", shown, code,
            update?.Update ?? "No update received", update is null ? string.Empty : DisplayText.Date(update.Date),
            [.. entry.Movements.Select(m => m.Sentence)]);
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

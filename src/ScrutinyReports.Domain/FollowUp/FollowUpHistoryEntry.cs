namespace ScrutinyReports.Domain.FollowUp;

/// <summary>
/// One report of where an item stood: its status, what the lead wrote, the date of that update and where it came from
/// (an imported file's name, or "command line" with who made the change). Entries are only ever appended.
/// </summary>
public sealed record FollowUpHistoryEntry(FollowUpStatus Status, string Update, DateOnly Date, string Source);

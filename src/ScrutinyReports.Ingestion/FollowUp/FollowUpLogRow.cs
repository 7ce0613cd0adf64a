using ScrutinyReports.Domain.FollowUp;

namespace ScrutinyReports.Ingestion.FollowUp;

/// <summary>
/// One checked row of a follow-up log file. <see cref="Updated"/> is the date the row's status and update were
/// written, when the file gives one (column "updated"); the importer otherwise dates them the day of import.
/// </summary>
public sealed record FollowUpLogRow(
    int RowNumber,
    string Ref,
    FollowUpKind Kind,
    string Text,
    DateOnly Raised,
    string Lead,
    DateOnly? Due,
    FollowUpStatus Status,
    string Update,
    DateOnly? Updated,
    IReadOnlyList<string> Indicators,
    string Panel);

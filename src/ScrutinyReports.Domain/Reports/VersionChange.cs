namespace ScrutinyReports.Domain.Reports;

/// <summary>
/// One difference between a report version and the one before it: an indicator's figure, status or RAG, or a
/// comparator, with the old and new text as report.json wrote them.
/// </summary>
public sealed record VersionChange(string IndicatorId, string Field, string? OldValue, string? NewValue);

/// <summary>What changed since the previous version of the same panel's report for the same month.</summary>
public sealed record VersionChanges(int PreviousVersion, IReadOnlyList<VersionChange> Changes);

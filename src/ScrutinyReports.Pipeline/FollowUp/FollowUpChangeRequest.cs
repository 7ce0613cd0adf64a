using ScrutinyReports.Domain.FollowUp;

namespace ScrutinyReports.Pipeline.FollowUp;

/// <summary>A new item given on the command line; the status defaults to open.</summary>
public sealed record FollowUpAddRequest(string Ref, FollowUpKind Kind, string Text, DateOnly Raised, string Lead, DateOnly? Due,
    IReadOnlyList<string> Indicators, string? PanelId, FollowUpStatus Status = FollowUpStatus.Open, string Update = "");

/// <summary>A status and update for an existing item, given on the command line; a null status keeps the current one.</summary>
public sealed record FollowUpUpdateRequest(string Ref, string? PanelId, FollowUpStatus? Status, string Update, DateOnly? Date);

namespace ScrutinyReports.Ingestion.FollowUp;

/// <summary>What a follow-up log is checked against: the officers' e-mails, the catalogue's indicator ids, the panels' ids and today.</summary>
public sealed record FollowUpLogContext(
    IReadOnlyCollection<string> Officers,
    IReadOnlyCollection<string> IndicatorIds,
    IReadOnlyCollection<string> PanelIds,
    DateOnly Today);

namespace ScrutinyReports.Domain.Statistics;

/// <summary>A unit left off the funnel plot, with the reason in words a reader can be shown.</summary>
public sealed record FunnelSkip(string Name, string Reason);

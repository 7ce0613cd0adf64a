namespace ScrutinyReports.Domain.Disclosure;

/// <summary>
/// One category of a breakdown dimension (an age band, a team) with its count of children, or null when no count was
/// received for it.
/// </summary>
public sealed record DimensionCell(string Category, long? Count);

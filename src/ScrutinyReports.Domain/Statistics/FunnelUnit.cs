namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// One unit (a team, a locality) to place on a funnel plot: its name, its count of events or children
/// (<paramref name="Numerator"/>) and what that count is out of (<paramref name="Denominator"/>: the cases for a
/// proportion, the child population for a rate). Either may be null when the unit sent no figure.
/// </summary>
public sealed record FunnelUnit(string Name, long? Numerator, long? Denominator);

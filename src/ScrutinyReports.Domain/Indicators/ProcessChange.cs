namespace ScrutinyReports.Domain.Indicators;

/// <summary>
/// A declared change of process (a new service model, a definition change, a boundary change): figures from the
/// period containing <see cref="From"/> on form a new baseline for the indicator's process limits.
/// </summary>
public sealed record ProcessChange(DateOnly From, string Reason);

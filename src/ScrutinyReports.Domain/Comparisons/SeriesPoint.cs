using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Comparisons;

/// <summary>One period of an indicator's recent history; <see cref="Observation"/> is null where nothing was received.</summary>
public sealed record SeriesPoint(ReportingPeriod Period, Observation? Observation);

using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Statistics;

/// <summary>One figure of a series. Periods without a figure are simply absent from a series, never zero.</summary>
public readonly record struct PeriodValue(ReportingPeriod Period, double Value);

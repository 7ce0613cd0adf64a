using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Pipeline.Demo;

/// <summary>A known figure the demo series passes through exactly, with a typical denominator for percentages.</summary>
internal sealed record DemoAnchor(string IndicatorId, ReportingPeriod Period, decimal Value, int? Denominator);

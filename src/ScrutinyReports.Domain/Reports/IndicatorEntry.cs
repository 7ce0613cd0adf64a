using ScrutinyReports.Domain.Comparisons;

namespace ScrutinyReports.Domain.Reports;

/// <summary>One indicator's row in a report: its analysis and the sentence written about it.</summary>
public sealed record IndicatorEntry(IndicatorAnalysis Analysis, string Narrative);

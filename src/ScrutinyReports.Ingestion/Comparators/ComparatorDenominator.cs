namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>
/// Where a derived rate's denominator comes from: the <see cref="ValueColumn"/> of <see cref="File"/>'s rows that
/// pass <see cref="Filters"/>, for the same area, with a time_period <see cref="YearOffset"/> years from the
/// figure's (−1: the ONS mid-2024 estimate is the denominator for 31 March 2025).
/// </summary>
public sealed record ComparatorDenominator(string File, IReadOnlyList<ComparatorFilter> Filters, string ValueColumn, int YearOffset);

namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>
/// How one catalogue indicator's published comparators are read: which file, which breakdown rows
/// (<see cref="Filters"/>), which value column, and how it becomes the indicator's unit.
/// A published figure is <c>value × Scale</c>; with a <see cref="Denominator"/> it is
/// <c>value ÷ denominator × Scale</c> (a rate per 10,000 derived from a count). <see cref="Decimals"/>, when set,
/// rounds the result half away from zero; null keeps the figure as published. <see cref="Note"/> says why these
/// choices were made and how the published definition differs from the local one.
/// </summary>
public sealed record ComparatorMapEntry(
    string IndicatorId,
    string File,
    IReadOnlyList<ComparatorFilter> Filters,
    string ValueColumn,
    decimal Scale,
    PublishedPeriodBasis Period,
    ComparatorDenominator? Denominator,
    int? Decimals,
    string Note);

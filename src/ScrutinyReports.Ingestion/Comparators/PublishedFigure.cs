using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>
/// One published comparator figure for an indicator: England, a region or a local authority, for one period.
/// <see cref="Code"/> is E92000001 for England, the region code (E12000005) for a region, and the 3-digit
/// old_la_code ("336") for an authority. <see cref="Value"/> keeps published codes as their meaning.
/// </summary>
public sealed record PublishedFigure(
    string IndicatorId,
    ReportingPeriod Period,
    GeographicLevel Level,
    string Code,
    string Name,
    PublishedValue Value);

using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Comparators;

/// <summary>
/// One comparator figure for an indicator, always with its period: a monthly report compares with the latest
/// published year, and says which. <see cref="N"/> is how many neighbours had a value (for neighbour summaries) and
/// <see cref="LeftOut"/> how many were suppressed or missing and so left out. <see cref="Value"/> is null when the
/// published figure is a code (c, x, z...), named by <see cref="State"/>.
/// </summary>
public sealed record Comparator(string IndicatorId, ComparatorKind Kind, string Name, ReportingPeriod Period, decimal? Value)
{
    public int? N { get; init; }

    public int? LeftOut { get; init; }

    public string? State { get; init; }
}

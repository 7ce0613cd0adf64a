using ScrutinyReports.Domain.Quality;

namespace ScrutinyReports.Domain.Reports;

/// <summary>What a report's data-quality checks found: warnings, and the revisions among them in detail.</summary>
public sealed record DataQualityFindings(IReadOnlyList<DataQualityWarning> Warnings, IReadOnlyList<Revision> Revisions)
{
    public static DataQualityFindings None { get; } = new([], []);

    public bool IsRevised(string indicatorId, Periods.ReportingPeriod period) =>
        Revisions.Any(r => string.Equals(r.IndicatorId, indicatorId, StringComparison.OrdinalIgnoreCase) && r.Period == period && r.Breakdown.Length == 0);
}

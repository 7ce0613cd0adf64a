using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Quality;

/// <summary>
/// One data-quality finding, shown in the upload receipt and in the report's data-quality section. It never blocks:
/// the figure is stored and reported as sent, and the warning says what looks wrong so that a person can check it.
/// <see cref="Breakdown"/> is empty for the whole authority. <see cref="Message"/> is a complete sentence for a
/// performance officer, naming the figures and periods involved.
/// </summary>
public sealed record DataQualityWarning
{
    public DataQualityWarning(DataQualityWarningKind kind, string indicatorId, ReportingPeriod period, string breakdown, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicatorId);
        ArgumentNullException.ThrowIfNull(breakdown);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Kind = kind;
        IndicatorId = indicatorId;
        Period = period;
        Breakdown = breakdown;
        Message = message;
    }

    public DataQualityWarningKind Kind { get; }

    public string IndicatorId { get; }

    public ReportingPeriod Period { get; }

    public string Breakdown { get; }

    public string Message { get; }

    public bool IsWholeAuthority => Breakdown.Length == 0;

    internal static DataQualityWarning For(DataQualityWarningKind kind, Observation figure, string message) =>
        new(kind, figure.IndicatorId, figure.Period, figure.Breakdown, message);
}

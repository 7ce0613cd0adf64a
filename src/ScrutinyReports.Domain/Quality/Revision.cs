using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Quality;

/// <summary>
/// A figure that a later upload changed: the same indicator, period and breakdown stated with a different value or
/// status. The old side is the upload that first stated the old figure; the new side is the upload that changed it.
/// A value is null exactly when its status is suppressed or not available. report.json lists these as
/// revisions: [{indicator, period, oldValue, newValue, oldUpload, newUpload}], and the next report marks the figure
/// "revised".
/// </summary>
public sealed record Revision(
    string IndicatorId,
    ReportingPeriod Period,
    string Breakdown,
    decimal? OldValue,
    ObservationStatus OldStatus,
    decimal? NewValue,
    ObservationStatus NewStatus,
    UploadReference OldUpload,
    UploadReference NewUpload)
{
    public bool ValueChanged => OldValue != NewValue;

    public bool StatusChanged => OldStatus != NewStatus;
}

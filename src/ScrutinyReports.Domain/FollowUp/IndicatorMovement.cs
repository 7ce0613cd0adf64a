using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.FollowUp;

/// <summary>
/// What has happened to one linked indicator since an item was raised: its figure for the last period ended before
/// the raising meeting's month (<see cref="FromPeriod"/>) against the report's current figure, both rounded as
/// shown. Values are null where no usable figure was received; <see cref="Sentence"/> then says why there is no movement.
/// </summary>
public sealed record IndicatorMovement(
    string IndicatorId,
    string IndicatorName,
    ReportingPeriod FromPeriod,
    decimal? FromValue,
    ReportingPeriod ToPeriod,
    decimal? ToValue,
    decimal? Change,
    Direction Direction,
    string Sentence);

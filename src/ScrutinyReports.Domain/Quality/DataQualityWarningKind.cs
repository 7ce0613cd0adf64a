namespace ScrutinyReports.Domain.Quality;

/// <summary>Which data-quality rule a figure broke. Every kind is a warning: it never blocks an upload or a report.</summary>
public enum DataQualityWarningKind
{
    /// <summary>A rate disagrees with its count over the 0-17 population by more than rounding (<see cref="RateConsistencyCheck"/>).</summary>
    RateDisagreesWithCount,

    /// <summary>Breakdown figures of a count do not add up to its whole-authority total (<see cref="PartsCheck"/>).</summary>
    PartsDoNotAddUp,

    /// <summary>A later upload changed a figure an earlier upload stated (<see cref="RevisionCheck"/>).</summary>
    Revised,

    /// <summary>The latest period-on-period change is far outside the series' usual changes (<see cref="JumpCheck"/>).</summary>
    UnusualJump,

    /// <summary>An indicator that used to have figures has had none for its latest expected periods (<see cref="StoppedArrivingCheck"/>).</summary>
    StoppedArriving,
}

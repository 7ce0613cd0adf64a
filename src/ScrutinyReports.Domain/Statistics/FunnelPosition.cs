namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// Where a unit lies against the funnel's control limits. Values on a limit count as inside it. Whether above is
/// good or bad is the indicator's polarity, which the caller applies. Narrative names only units outside the
/// 99.8% limits (<see cref="Above998"/>, <see cref="Below998"/>); with 20 units, about one would lie outside the 95%
/// limits by chance alone, which is why those are marked but not written about.
/// </summary>
public enum FunnelPosition
{
    /// <summary>Within the 95% limits: no evidence that the unit differs from the whole authority.</summary>
    Within,

    /// <summary>Above the upper 95% limit but not the upper 99.8% limit ("outside 95%" only).</summary>
    Above95,

    /// <summary>Below the lower 95% limit but not the lower 99.8% limit ("outside 95%" only).</summary>
    Below95,

    /// <summary>Above the upper 99.8% limit: the unit's figure is higher than chance variation would explain.</summary>
    Above998,

    /// <summary>Below the lower 99.8% limit: the unit's figure is lower than chance variation would explain.</summary>
    Below998,
}

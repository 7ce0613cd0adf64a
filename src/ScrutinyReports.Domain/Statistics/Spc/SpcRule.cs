namespace ScrutinyReports.Domain.Statistics.Spc;

/// <summary>
/// The special-cause rules of NHS England's "Making Data Count", with the run lengths of its R implementation
/// (NHSRplotthedots). A rule applies within one baseline: no run crosses a declared change of process.
/// </summary>
public enum SpcRule
{
    /// <summary>A figure above the upper or below the lower process limit.</summary>
    BeyondLimit,

    /// <summary><see cref="SpcConstants.RunLength"/> or more consecutive figures on the same side of the mean.</summary>
    RunOnOneSide,

    /// <summary><see cref="SpcConstants.TrendLength"/> or more consecutive figures each higher (or each lower) than the one before.</summary>
    Trend,

    /// <summary>Two of three consecutive figures, all three on one side of the mean, beyond two sigma but within the limits.</summary>
    TwoOfThreeNearLimit,
}

namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// Which way a series has moved over a window. Describes values only: "rising" is good or bad only by the
/// indicator's polarity, and neutral indicators are never judged.
/// </summary>
public enum TrendDirection
{
    Rising,
    Falling,

    /// <summary>The fitted change over the window is small beside the level of the figures.</summary>
    NoClearTrend,

    /// <summary>Too few figures in the window to fit a line honestly.</summary>
    NotEnoughData,
}

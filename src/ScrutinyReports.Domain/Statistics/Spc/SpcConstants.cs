namespace ScrutinyReports.Domain.Statistics.Spc;

/// <summary>The numbers behind an XmR chart, as Making Data Count and NHSRplotthedots set them.</summary>
public static class SpcConstants
{
    /// <summary>Process limits sit this many average moving ranges from the mean (three sigma).</summary>
    public const decimal LimitFactor = 2.66m;

    /// <summary>"Close to a limit" starts two thirds of the way to it (two sigma).</summary>
    public const decimal NearLimitFactor = LimitFactor * 2 / 3;

    /// <summary>
    /// The moving-range chart's upper limit, in average moving ranges (D4 for ranges of two figures): a change from one
    /// period to the next below it is the process's usual variation.
    /// </summary>
    public const decimal MovingRangeLimitFactor = 3.267m;

    /// <summary>A moving range at or above the moving-range chart's upper limit is an outlier, left out of the average once.</summary>
    public const decimal OutlierScreen = MovingRangeLimitFactor;

    /// <summary>How many consecutive figures on one side of the mean make a signal.</summary>
    public const int RunLength = 7;

    /// <summary>How many consecutive figures, each higher (or lower) than the last, make a signal.</summary>
    public const int TrendLength = 7;

    /// <summary>How few figures a baseline may have before its limits are too unreliable to chart.</summary>
    public const int MinimumFigures = 12;

    /// <summary>How many monthly periods an SPC chart covers at most: three years.</summary>
    public const int MonthlyWindow = 36;

    /// <summary>How many quarterly periods an SPC chart covers at most: five years.</summary>
    public const int QuarterlyWindow = 20;
}

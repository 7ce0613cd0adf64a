namespace ScrutinyReports.Domain.Periods;

/// <summary>
/// The span of time one figure of an indicator covers, when that is longer than the period it is reported for.
/// A rolling 12-month measure reported each month covers the 12 months to the end of the month; the adoption
/// scorecard's three-year averages (A1, A2, A10) reported for 2018/19 cover the three years April 2016 to March 2019.
/// Labels follow the window, so a reader never takes a three-year average for one year's figure.
/// </summary>
public enum MeasureWindow
{
    /// <summary>The figure covers its own period: a month-end snapshot, an in-month flow, a quarter or a year.</summary>
    Period,

    /// <summary>The figure covers the 12 months to the end of its period: "12 months to September 2019".</summary>
    Rolling12Months,

    /// <summary>The figure is an average over the three years to the end of its period: "2016-19".</summary>
    ThreeYearAverage,
}

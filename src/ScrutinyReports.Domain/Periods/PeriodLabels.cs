namespace ScrutinyReports.Domain.Periods;

/// <summary>
/// How a figure's period is named when the figure covers a longer window than the period (see
/// <see cref="MeasureWindow"/>): "12 months to September 2019", "2016-19". A figure whose window is its own period
/// keeps the period's label. Pure and thread-safe.
/// </summary>
public static class PeriodLabels
{
    /// <summary>The label for a sentence: "12 months to September 2019", "2016-19", or the period's own label.</summary>
    public static string Label(ReportingPeriod period, MeasureWindow window) => window switch
    {
        MeasureWindow.Rolling12Months when period.Frequency != Frequency.Annual => $"12 months to {MonthNames.FullName(period.End.Month)} {period.End.Year}",
        MeasureWindow.ThreeYearAverage => ThreeYears(period, MonthNames.FullName(period.End.Month)),
        _ => period.Label,
    };

    /// <summary>The label for a table heading: "12 months to Sep 2019", "2016-19", or the period's short label.</summary>
    public static string ShortLabel(ReportingPeriod period, MeasureWindow window) => window switch
    {
        MeasureWindow.Rolling12Months when period.Frequency != Frequency.Annual => $"12 months to {MonthNames.ShortName(period.End.Month)} {period.End.Year}",
        MeasureWindow.ThreeYearAverage => ThreeYears(period, MonthNames.ShortName(period.End.Month)),
        _ => period.ShortLabel,
    };

    /// <summary>The first day the figure covers: the period's start, or 12 months or 3 years before its end.</summary>
    public static DateOnly Start(ReportingPeriod period, MeasureWindow window) => window switch
    {
        MeasureWindow.Rolling12Months => period.End.AddDays(1).AddYears(-1),
        MeasureWindow.ThreeYearAverage => period.End.AddDays(1).AddYears(-3),
        _ => period.Start,
    };

    // A financial year's three-year average runs April to March, written as the scorecard writes it: "2016-19".
    // Ending elsewhere, the window is named by its end: "3 years to September 2019".
    private static string ThreeYears(ReportingPeriod period, string endMonth)
    {
        var end = period.End;
        return end.Month == 3
            ? $"{end.Year - 3:D4}-{end.Year % 100:D2}"
            : $"3 years to {endMonth} {end.Year}";
    }
}

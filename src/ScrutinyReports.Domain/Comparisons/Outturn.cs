using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Comparisons;

/// <summary>
/// One past financial year of an indicator as the framework table shows it. <see cref="Period"/> is the period whose
/// figure is shown (the year end, or the same month that stands in for it), or the year end that was looked for when
/// <see cref="Kind"/> is <see cref="OutturnKind.Missing"/>; <see cref="Observation"/> is null exactly then.
/// </summary>
public sealed record Outturn(ReportingPeriod Year, ReportingPeriod Period, Observation? Observation, OutturnKind Kind)
{
    /// <summary>
    /// How the table heads the figure, naming what it is: "2018/19 outturn" only where the figure covers the whole
    /// financial year (an annual figure, or 12 months to March); "2016-19" for a three-year average; otherwise the
    /// period itself ("Mar 2019", "Q4 2018/19", "Sep 2017"), since a March figure of an in-month count is not the
    /// year's outturn. A missing year is named by the year: "2016/17".
    /// </summary>
    public string Label(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (Kind == OutturnKind.Missing)
        {
            return Year.ShortLabel;
        }

        var coversTheYear = Kind == OutturnKind.YearEnd &&
            ((indicator.Frequency == Frequency.Annual && indicator.Window == MeasureWindow.Period) || indicator.Window == MeasureWindow.Rolling12Months);
        return coversTheYear ? $"{Year.ShortLabel} outturn" : indicator.ShortPeriodLabel(Period);
    }
}

using System.Globalization;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Quality;

/// <summary>Phrases the data-quality messages share, so that every warning names figures and periods the same way.</summary>
internal static class WarningText
{
    /// <summary>
    /// "Children looked after per 10,000 children for September 2019", or "... (North) for September 2019" for a
    /// breakdown: the indicator's name, as the rest of the pack calls it, and its period labelled by its window.
    /// </summary>
    public static string Subject(Indicator indicator, string breakdown, ReportingPeriod period) =>
        breakdown.Length == 0 ? $"{indicator.Name} for {indicator.PeriodLabel(period)}" : $"{indicator.Name} ({breakdown}) for {indicator.PeriodLabel(period)}";

    /// <summary>A figure rounded and written as the report shows it: "110.0 per 10,000 children".</summary>
    public static string Shown(decimal value, Indicator indicator) => ValueFormatter.Value(indicator.Round(value), indicator);

    /// <summary>A plain number written with just the decimals it has: "58,678", "12.5".</summary>
    public static string Exact(decimal value) => ValueFormatter.Number(value, ValueFormatter.DecimalsOf(value));

    public static string PeriodNoun(Frequency frequency, int count)
    {
        var noun = frequency switch
        {
            Frequency.Monthly => "month",
            Frequency.Quarterly => "quarter",
            _ => "year",
        };
        return count == 1 ? noun : noun + "s";
    }

    /// <summary>"month-on-month", "quarter-on-quarter" or "year-on-year".</summary>
    public static string OnPrevious(Frequency frequency)
    {
        var noun = PeriodNoun(frequency, 1);
        return $"{noun}-on-{noun}";
    }

    /// <summary>A receipt time as the rest of the reports write it, in UTC: "3 October 2019 at 09:15 UTC".</summary>
    public static string Received(DateTimeOffset receivedAt) =>
        receivedAt.ToUniversalTime().ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture);
}

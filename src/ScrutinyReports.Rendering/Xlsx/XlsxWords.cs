using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Rendering.Xlsx;

/// <summary>The words report.xlsx uses where report.json has codes.</summary>
internal static class XlsxWords
{
    /// <summary>A figure's status in words: report.json's "validated" is a final figure.</summary>
    public static string Status(IndicatorAnalysis analysis) => ReportCodes.Status(analysis) switch
    {
        "validated" => "Final",
        "provisional" => "Provisional",
        "suppressed" => "Suppressed (small numbers)",
        "not_available" => "Not available",
        _ => "No figure received",
    };

    public static string Frequency(Frequency frequency) => frequency switch
    {
        Domain.Periods.Frequency.Monthly => "Monthly",
        Domain.Periods.Frequency.Quarterly => "Quarterly",
        _ => "Annual",
    };

    public static string Unit(Unit unit) => unit switch
    {
        Domain.Indicators.Unit.Percent => "Per cent",
        Domain.Indicators.Unit.RatePer10000 => "Rate per 10,000 children",
        Domain.Indicators.Unit.RatePer1000 => "Rate per 1,000",
        Domain.Indicators.Unit.RatePer100000 => "Rate per 100,000",
        Domain.Indicators.Unit.Days => "Days",
        Domain.Indicators.Unit.Weeks => "Weeks",
        Domain.Indicators.Unit.Score => "Score",
        Domain.Indicators.Unit.Currency => "Pounds",
        _ => "Count",
    };
}

using System.Globalization;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Parsing;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>
/// Reads the time_period and time_identifier cells of an Explore Education Statistics file as a reporting period.
/// Thread-safe; returns results, never throws for bad input.
/// </summary>
public static class EesTimePeriod
{
    private const string YearExamples = "a reporting year such as 2025 or a financial year such as 202425";

    public static ParseResult<ReportingPeriod> Parse(string? timePeriod, string? timeIdentifier, PublishedPeriodBasis basis)
    {
        var text = (timePeriod ?? string.Empty).Trim();
        var identifier = (timeIdentifier ?? string.Empty).Trim();
        var yearly = identifier.Length == 0
            || identifier.Equals("Reporting year", StringComparison.OrdinalIgnoreCase)
            || identifier.Equals("Financial year", StringComparison.OrdinalIgnoreCase);
        if (!yearly)
        {
            return ParseResult<ReportingPeriod>.Fail($"{YearExamples}; a time_identifier of {Echo.Quote(identifier)} is not a year to 31 March or 30 September");
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and <= 2199)
        {
            return ParseResult<ReportingPeriod>.Ok(basis == PublishedPeriodBasis.YearToSeptember
                ? ReportingPeriod.Month(year, 9)
                : ReportingPeriod.FinancialYear(year - 1));
        }

        if (text.Length == 6 && basis == PublishedPeriodBasis.YearToMarch
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && int.TryParse(text.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            && start is >= 1900 and <= 2199 && end == (start + 1) % 100)
        {
            return ParseResult<ReportingPeriod>.Ok(ReportingPeriod.FinancialYear(start));
        }

        return ParseResult<ReportingPeriod>.Fail(basis == PublishedPeriodBasis.YearToSeptember
            ? "a workforce reporting year such as 2025 (the year to 30 September 2025)"
            : YearExamples);
    }
}

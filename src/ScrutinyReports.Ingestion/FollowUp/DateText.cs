using System.Globalization;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Ingestion.FollowUp;

/// <summary>
/// Reads a date as a council spreadsheet writes it in text: 2019-09-30, 30/09/2019 (day first, as in England),
/// 30 September 2019 or 30 Sep 2019. No culture data is consulted; null when the text is no such date.
/// </summary>
public static class DateText
{
    public const string Expected = "a date such as 2019-09-30, 30/09/2019 or 30 September 2019";

    public static DateOnly? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 3
            && int.TryParse(parts[0].TrimEnd('s', 't', 'n', 'd', 'r', 'h'), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && MonthNames.Parse(parts[1]) is var month and > 0
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2199 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        return null;
    }
}

using System.Text.RegularExpressions;
using ScrutinyReports.Domain.Parsing;

namespace ScrutinyReports.Domain.Periods;

/// <summary>
/// Reads the period texts officers' spreadsheets carry. The indicator's frequency decides between readings
/// that would otherwise clash: "2011-12" is December 2011 for a monthly indicator and 2011/12 for an annual one.
/// Thread-safe; returns results, never throws for bad input.
/// </summary>
public static partial class ReportingPeriodPattern
{
    public const string MonthExamples = "a month such as 2019-09, Sep-19, Sep 2019, September 2019, 09/2019 or 30/09/2019";
    public const string QuarterExamples = "a financial quarter such as 2019-20 Q2 or Q2 2019/20";
    public const string YearExamples = "a financial year such as 2019/20 or 2019-20";

    public static string ExamplesFor(Frequency frequency) => frequency switch
    {
        Frequency.Monthly => MonthExamples,
        Frequency.Quarterly => QuarterExamples,
        _ => YearExamples,
    };

    public static ParseResult<ReportingPeriod> Parse(string? text, Frequency frequency)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return ParseResult<ReportingPeriod>.Fail(ExamplesFor(frequency) + ", not a blank");
        }

        var reading = Read(trimmed, frequency);
        if (reading is { } period)
        {
            return ParseResult<ReportingPeriod>.Ok(period);
        }

        // Say what the text is when it is a period of another frequency: that is the usual mistake.
        foreach (var other in Enum.GetValues<Frequency>())
        {
            if (other != frequency && Read(trimmed, other) is { } otherPeriod)
            {
                return ParseResult<ReportingPeriod>.Fail(
                    $"{ExamplesFor(frequency)}; \"{trimmed}\" reads as {Described(other)} period ({otherPeriod.Code}), which does not fit {Described(frequency)} indicator");
            }
        }

        return ParseResult<ReportingPeriod>.Fail(ExamplesFor(frequency));
    }

    /// <summary>A period from a date cell (an Excel month header such as "Sep-19" holds 1 September 2019).</summary>
    public static ParseResult<ReportingPeriod> FromDate(DateOnly date, Frequency frequency) =>
        frequency == Frequency.Monthly
            ? ParseResult<ReportingPeriod>.Ok(ReportingPeriod.Month(date.Year, date.Month))
            : ParseResult<ReportingPeriod>.Fail(
                $"{ExamplesFor(frequency)}; a date ({date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}) names a month, which does not fit {Described(frequency)} indicator");

    private static ReportingPeriod? Read(string text, Frequency frequency) => frequency switch
    {
        Frequency.Monthly => ReadMonth(text),
        Frequency.Quarterly => ReadQuarter(text),
        _ => ReadYear(text),
    };

    private static ReportingPeriod? ReadMonth(string text)
    {
        Match match;
        if ((match = IsoMonth().Match(text)).Success)
        {
            return Month(Int(match, 1), Int(match, 2));
        }

        if ((match = NamedMonth().Match(text)).Success)
        {
            var month = MonthNames.Parse(match.Groups[1].ValueSpan);
            var year = Int(match, 2);
            return month == 0 ? null : Month(match.Groups[2].Length == 2 ? 2000 + year : year, month);
        }

        if ((match = SlashMonth().Match(text)).Success)
        {
            return Month(Int(match, 2), Int(match, 1));
        }

        if ((match = UkDate().Match(text)).Success)
        {
            return Date(Int(match, 3), Int(match, 2), Int(match, 1));
        }

        if ((match = IsoDate().Match(text)).Success)
        {
            return Date(Int(match, 1), Int(match, 2), Int(match, 3));
        }

        return null;
    }

    private static ReportingPeriod? ReadQuarter(string text)
    {
        var match = YearThenQuarter().Match(text);
        if (match.Success)
        {
            return Quarter(match.Groups[1], match.Groups[2], Int(match, 3));
        }

        match = QuarterThenYear().Match(text);
        return match.Success ? Quarter(match.Groups[2], match.Groups[3], Int(match, 1)) : null;
    }

    private static ReportingPeriod? ReadYear(string text)
    {
        var match = FinancialYear().Match(text);
        return match.Success && FollowingYear(match.Groups[1], match.Groups[2]) is { } start
            ? ReportingPeriod.FinancialYear(start)
            : null;
    }

    private static ReportingPeriod? Quarter(Group first, Group second, int quarter) =>
        FollowingYear(first, second) is { } start ? ReportingPeriod.Quarter(start, quarter) : null;

    /// <summary>The start year when <paramref name="second"/> is the year after <paramref name="first"/> ("2019", "20" or "2020").</summary>
    private static int? FollowingYear(Group first, Group second)
    {
        var start = int.Parse(first.ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var end = int.Parse(second.ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var expected = second.Length == 2 ? (start + 1) % 100 : start + 1;
        return end == expected && InRange(start) ? start : null;
    }

    private static ReportingPeriod? Month(int year, int month) =>
        month is >= 1 and <= 12 && InRange(year) ? ReportingPeriod.Month(year, month) : null;

    private static ReportingPeriod? Date(int year, int month, int day) =>
        month is >= 1 and <= 12 && InRange(year) && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? ReportingPeriod.Month(year, month)
            : null;

    private static bool InRange(int year) => year is >= 1900 and <= 2199;

    private static int Int(Match match, int group) =>
        int.Parse(match.Groups[group].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);

    private static string Described(Frequency frequency) => frequency switch
    {
        Frequency.Monthly => "a monthly",
        Frequency.Quarterly => "a quarterly",
        _ => "an annual",
    };

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{1,2})$")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"^([A-Za-z]{3,9})\.?[\s\-']+'?([0-9]{2}|[0-9]{4})$")]
    private static partial Regex NamedMonth();

    [GeneratedRegex(@"^([0-9]{1,2})/([0-9]{4})$")]
    private static partial Regex SlashMonth();

    [GeneratedRegex(@"^([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{4})$")]
    private static partial Regex UkDate();

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^([0-9]{4})\s*[-/]\s*([0-9]{2}|[0-9]{4})\s+Q([1-4])$", RegexOptions.IgnoreCase)]
    private static partial Regex YearThenQuarter();

    [GeneratedRegex(@"^Q([1-4])\s+([0-9]{4})\s*[-/]\s*([0-9]{2}|[0-9]{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterThenYear();

    [GeneratedRegex(@"^(?:FY\s*)?([0-9]{4})\s*[-/]\s*([0-9]{2}|[0-9]{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex FinancialYear();
}

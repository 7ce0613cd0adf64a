using System.Globalization;
using System.Text;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Ingestion.Excel;

/// <summary>
/// Shows a date serial (1900 date system) through a date or time section: "mmm-yy" gives "Sep-19",
/// "dd/mm/yyyy" gives "30/09/2019", "h:mm AM/PM" gives "2:30 PM", "[h]:mm" gives "36:00". English names.
/// </summary>
internal static class DateSectionRenderer
{
    private const double FirstInvalidSerial = 2958466; // 1 January 10000
    private const double MillisecondsPerDay = 86_400_000;

    public static string Render(NumberFormatSection section, double serial)
    {
        if (serial < 0 || serial >= FirstInvalidSerial)
        {
            // Excel shows "#####" for these; the number itself is more use to a reader.
            return GeneralNumberText.Format(serial);
        }

        var tokens = section.Tokens;
        var secondDecimals = SecondDecimals(tokens);
        var unit = Math.Pow(10, 3 - secondDecimals);
        var milliseconds = (long)(Math.Round(serial * MillisecondsPerDay / unit, MidpointRounding.AwayFromZero) * unit);
        var epoch = ExcelEpoch(serial);
        if (milliseconds > (DateTime.MaxValue - epoch).Ticks / TimeSpan.TicksPerMillisecond)
        {
            return GeneralNumberText.Format(serial);
        }

        var moment = epoch.AddMilliseconds(milliseconds);
        var twelveHour = tokens.Any(t => t.Kind == NumberFormatTokenKind.AmPm);

        var text = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case NumberFormatTokenKind.DatePart:
                    text.Append(DatePart(token.Text, moment, twelveHour, IsMinute(tokens, i)));
                    break;
                case NumberFormatTokenKind.ElapsedPart:
                    text.Append(ElapsedPart(token.Text, milliseconds));
                    break;
                case NumberFormatTokenKind.AmPm:
                    text.Append(AmPm(token.Text, moment.Hour < 12));
                    break;
                case NumberFormatTokenKind.DecimalPoint when secondDecimals > 0 && i + 1 < tokens.Count && tokens[i + 1].Kind == NumberFormatTokenKind.Digit:
                    var fraction = (moment.Millisecond / 1000.0).ToString("F" + secondDecimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                    text.Append(fraction.AsSpan(1));
                    while (i + 1 < tokens.Count && tokens[i + 1].Kind == NumberFormatTokenKind.Digit)
                    {
                        i++;
                    }

                    break;
                case NumberFormatTokenKind.Literal or NumberFormatTokenKind.Slash or NumberFormatTokenKind.Comma
                    or NumberFormatTokenKind.DecimalPoint or NumberFormatTokenKind.Percent or NumberFormatTokenKind.Digit:
                    text.Append(token.Text);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The day before serial 0. Excel counts 29 February 1900, which never happened, so serials before 61
    /// (1 March 1900) are one day further from the epoch than the calendar says.
    /// </summary>
    private static DateTime ExcelEpoch(double serial) =>
        serial < 60 ? new DateTime(1899, 12, 31, 0, 0, 0, DateTimeKind.Unspecified) : new DateTime(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    private static string DatePart(string part, DateTime moment, bool twelveHour, bool isMinute) => part[0] switch
    {
        'y' => part.Length <= 2 ? Digits(moment.Year % 100, 2) : Digits(moment.Year, 4),
        'm' when isMinute => Digits(moment.Minute, Math.Min(part.Length, 2)),
        'm' => part.Length switch
        {
            1 or 2 => Digits(moment.Month, part.Length),
            3 => MonthNames.ShortName(moment.Month),
            5 => MonthNames.FullName(moment.Month)[..1],
            _ => MonthNames.FullName(moment.Month),
        },
        'd' => part.Length switch
        {
            1 or 2 => Digits(moment.Day, part.Length),
            3 => moment.DayOfWeek.ToString()[..3],
            _ => moment.DayOfWeek.ToString(),
        },
        'h' => Digits(twelveHour ? TwelveHour(moment.Hour) : moment.Hour, Math.Min(part.Length, 2)),
        's' => Digits(moment.Second, Math.Min(part.Length, 2)),
        _ => string.Empty,
    };

    private static string ElapsedPart(string part, long milliseconds)
    {
        var total = part[0] switch
        {
            'h' => milliseconds / 3_600_000,
            'm' => milliseconds / 60_000,
            _ => milliseconds / 1000,
        };
        return Digits(total, part.Length);
    }

    /// <summary>"m" is minutes straight after hours or straight before seconds ("h:mm", "mm:ss"), otherwise months.</summary>
    private static bool IsMinute(IReadOnlyList<NumberFormatToken> tokens, int index)
    {
        if (tokens[index].Text.Length > 2)
        {
            return false;
        }

        var before = NeighbourTimePart(tokens, index, -1);
        var after = NeighbourTimePart(tokens, index, +1);
        return before == 'h' || after == 's';
    }

    private static char NeighbourTimePart(IReadOnlyList<NumberFormatToken> tokens, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < tokens.Count; i += step)
        {
            if (tokens[i].Kind is NumberFormatTokenKind.DatePart or NumberFormatTokenKind.ElapsedPart)
            {
                return tokens[i].Letter;
            }
        }

        return '\0';
    }

    /// <summary>How many decimal places of seconds the section shows ("ss.00" shows two).</summary>
    private static int SecondDecimals(IReadOnlyList<NumberFormatToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != NumberFormatTokenKind.DecimalPoint)
            {
                continue;
            }

            var places = 0;
            while (i + 1 + places < tokens.Count && tokens[i + 1 + places].Kind == NumberFormatTokenKind.Digit)
            {
                places++;
            }

            if (places > 0)
            {
                return Math.Min(places, 3);
            }
        }

        return 0;
    }

    private static string AmPm(string written, bool morning)
    {
        // "AM/PM" gives "AM" or "PM"; "A/P" gives "A" or "P"; each in the case it was written.
        var slash = written.IndexOf('/', StringComparison.Ordinal);
        return morning ? written[..slash] : written[(slash + 1)..];
    }

    private static int TwelveHour(int hour) => hour % 12 == 0 ? 12 : hour % 12;

    private static string Digits(long value, int width) =>
        value.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

using System.Text;
using NumberFormat = ExcelNumberFormat.NumberFormat;

namespace ScrutinyReports.Ingestion.Excel;

/// <summary>
/// One of the up-to-four ";"-separated parts of a format code (positive, negative, zero, text), read for what
/// ExcelNumberFormat does not tell: whether it shows a percentage, General, "@" or a fraction.
/// </summary>
internal sealed class FormatCodeSection
{
    private FormatCodeSection(string code, string shown)
    {
        var plain = new StringBuilder();
        var i = 0;
        while (i < code.Length)
        {
            var c = code[i];
            switch (c)
            {
                case '"':
                    var close = code.IndexOf('"', i + 1);
                    i = close < 0 ? code.Length : close + 1;
                    continue;
                case '\\' or '!' or '_' or '*':
                    i += 2;
                    continue;
                case '[':
                    var end = code.IndexOf(']', i + 1);
                    i = end < 0 ? code.Length : end + 1;
                    continue;
                case '.' when SecondDecimals == 0:
                    while (i + 1 + SecondDecimals < code.Length && code[i + 1 + SecondDecimals] == '0')
                    {
                        SecondDecimals++;
                    }

                    break;
            }

            plain.Append(char.ToLowerInvariant(c));
            i++;
        }

        // Only unquoted, unescaped characters count: "0\%" and "\"100%\"0" show a percent sign but no percentage.
        var bare = plain.ToString();
        PercentSigns = bare.Count(c => c == '%');
        IsEmpty = code.Length == 0;
        HasGeneral = bare.Contains("general", StringComparison.Ordinal);
        HasTextPlaceholder = bare.Contains('@', StringComparison.Ordinal);
        HasDigits = bare.AsSpan().IndexOfAny("0#?") >= 0;
        HasExponent = bare.Contains("e+", StringComparison.Ordinal) || bare.Contains("e-", StringComparison.Ordinal);
        SecondDecimals = Math.Min(SecondDecimals, 3);

        Shown = new NumberFormat(shown);
        IsDate = Shown.IsDateTimeFormat;
        IsTime = IsDate || Shown.IsTimeSpanFormat;
        IsFraction = bare.Contains('/', StringComparison.Ordinal) && HasDigits && !IsTime;
        AsText = HasGeneral || HasTextPlaceholder ? new NumberFormat(";;;" + shown) : null;
    }

    /// <summary>The section as ExcelNumberFormat shows it: fills ("* ") and conditions ("[>100]") left out, as they are ignored here.</summary>
    public NumberFormat Shown { get; }

    /// <summary>The section as a text section, for writing the General text of a number with its literals around it.</summary>
    public NumberFormat? AsText { get; }

    public bool HasPercent => PercentSigns > 0;

    /// <summary>Each "%" multiplies by 100 in Excel ("0%%" shows 0.5 as 5000%%); ExcelNumberFormat multiplies once.</summary>
    public int PercentSigns { get; }

    /// <summary>An empty section ("0.0;;" for zero) shows nothing.</summary>
    public bool IsEmpty { get; }

    public bool HasGeneral { get; }

    public bool HasTextPlaceholder { get; }

    public bool HasDigits { get; }

    public bool HasExponent { get; }

    /// <summary>A calendar date or time of day; elapsed durations such as "[h]:mm" are not dates.</summary>
    public bool IsDate { get; }

    public bool IsTime { get; }

    /// <summary>"# ?/?" style fractions, which are shown here as General numbers.</summary>
    public bool IsFraction { get; }

    /// <summary>How many decimal places of seconds a time section shows ("ss.00" shows two).</summary>
    public int SecondDecimals { get; }

    /// <summary>The sections of a format code, split at the semicolons outside quotes, escapes and brackets.</summary>
    public static List<FormatCodeSection> Split(string code)
    {
        var sections = new List<FormatCodeSection>();
        var start = 0;
        var shown = new StringBuilder();
        for (var i = 0; i <= code.Length; i++)
        {
            var c = i < code.Length ? code[i] : ';';
            switch (c)
            {
                case '"':
                    var close = code.IndexOf('"', i + 1);
                    var quoteEnd = close < 0 ? code.Length - 1 : close;
                    shown.Append(code, i, quoteEnd - i + 1);
                    i = quoteEnd;
                    continue;
                case '\\' or '!' or '_' when i + 1 < code.Length:
                    shown.Append(code, i, 2);
                    i++;
                    continue;
                case '*' when i + 1 < code.Length:
                    // "* " repeats a character to fill the column; in text it fills nothing.
                    i++;
                    continue;
                case '[':
                    var end = code.IndexOf(']', i + 1);
                    var bracketEnd = end < 0 ? code.Length - 1 : end;
                    if (i + 1 < code.Length && code[i + 1] is not ('<' or '>' or '='))
                    {
                        shown.Append(code, i, bracketEnd - i + 1);
                    }

                    i = bracketEnd;
                    continue;
                case ';':
                    sections.Add(new FormatCodeSection(code[start..Math.Min(i, code.Length)], shown.ToString()));
                    shown.Clear();
                    start = i + 1;
                    continue;
            }

            shown.Append(c);
        }

        return sections;
    }
}

using System.Globalization;

namespace ScrutinyReports.Ingestion.Excel;

/// <summary>
/// An Excel number format code, read once and used to show numbers the way Excel shows them ("General", "#,##0",
/// "0.0%", "mmm-yy", "£#,##0.00;[Red]-£#,##0.00"). The ExcelNumberFormat package does the showing; this adds what
/// it leaves out: General as Excel writes it (at most 11 characters), whether the cell is a date or a percentage,
/// and General text where Excel would show "#####". Colours and conditions are ignored; fractions ("# ?/?") are
/// shown as General numbers.
/// </summary>
internal sealed class CellNumberFormat
{
    private const double FirstInvalidSerial = 2958466; // 1 January 10000
    private const double LargestRenderable = 1e27;
    private const double MillisecondsPerDay = 86_400_000;

    private static readonly CultureInfo UpperCaseAmPm = EnglishNames("AM", "PM");
    private static readonly CultureInfo LowerCaseAmPm = EnglishNames("am", "pm");

    private readonly List<FormatCodeSection> _numberSections;

    private CellNumberFormat(string code)
    {
        Code = code;
        var sections = FormatCodeSection.Split(code);

        // The text section ("@") only applies to text cells, whether it is the fourth section or written earlier.
        _numberSections = sections.Count > 1 ? sections.Where(s => !s.HasTextPlaceholder).Take(3).ToList() : sections;
        if (_numberSections.Count == 0)
        {
            _numberSections = FormatCodeSection.Split("General");
        }

        var first = _numberSections[0];
        IsDate = first.IsDate;
        IsPercent = !first.IsTime && first.HasPercent;
    }

    public static CellNumberFormat General { get; } = new("General");

    public string Code { get; }

    /// <summary>Numbers are date serials shown as calendar dates or times of day.</summary>
    public bool IsDate { get; }

    public bool IsPercent { get; }

    public override string ToString() => Code;

    public static CellNumberFormat Parse(string code) =>
        string.IsNullOrWhiteSpace(code) || code.Equals("General", StringComparison.OrdinalIgnoreCase) ? General : new(code);

    /// <summary>The text Excel shows for a number in this format; dates expect a serial in the 1900 date system.</summary>
    public string Format(double value)
    {
        var section = _numberSections[0];
        var negativeSign = false;
        if (value < 0 && _numberSections.Count >= 2)
        {
            // The negative section writes its own sign or brackets, so it shows the size of the number.
            section = _numberSections[1];
            value = -value;
        }
        else if (value == 0 && _numberSections.Count >= 3)
        {
            section = _numberSections[2];
        }
        else if (value < 0 && !section.IsTime)
        {
            negativeSign = true;
            value = -value;
        }

        var text = Render(section, value);
        return negativeSign && text.Length > 0 ? "-" + text : text;
    }

    private static string Render(FormatCodeSection section, double value)
    {
        if (section.IsEmpty)
        {
            return string.Empty;
        }

        if (section.IsTime)
        {
            return RenderTime(section, value);
        }

        // A code the package cannot parse ("0.0\"" with its quote left open) shows the number as General would.
        if (!section.Shown.IsValid || section.IsFraction || !double.IsFinite(value) || (!section.HasExponent && value >= LargestRenderable))
        {
            return GeneralNumberText.Format(value);
        }

        if (section.AsText is { } asText && (section.HasGeneral || !section.HasDigits))
        {
            var general = GeneralNumberText.Format(value);
            var text = asText.Format(general, UpperCaseAmPm).Trim();
            return text.Length == 0 ? general : text;
        }

        // Padding from "_)" only lines figures up in a column; a reader sees the figure without it.
        var scaled = section.PercentSigns > 1 ? value * Math.Pow(100, section.PercentSigns - 1) : value;
        return section.Shown.Format(scaled, UpperCaseAmPm).Trim();
    }

    private static string RenderTime(FormatCodeSection section, double serial)
    {
        if (serial < 0 || serial >= FirstInvalidSerial)
        {
            // Excel shows "#####" for these; the number itself is more use to a reader.
            return GeneralNumberText.Format(serial);
        }

        // Rounded to the shown fraction of a second first, as Excel does: 23:59:59.9 in "mmm-yy" is the next month.
        var unit = Math.Pow(10, 3 - section.SecondDecimals);
        var rounded = Math.Round(serial * MillisecondsPerDay / unit, MidpointRounding.AwayFromZero) * unit / MillisecondsPerDay;
        var culture = section.Shown.FormatString.Contains("am/pm", StringComparison.Ordinal) ? LowerCaseAmPm : UpperCaseAmPm;
        return section.Shown.Format(rounded, culture);
    }

    /// <summary>
    /// English names as Excel writes them ("Sep", "Monday") from the invariant culture, which every machine has (the
    /// app runs without ICU) and which, unlike en-GB under ICU, does not shorten September to "Sept".
    /// </summary>
    private static CultureInfo EnglishNames(string am, string pm)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.AMDesignator = am;
        culture.DateTimeFormat.PMDesignator = pm;
        return culture;
    }
}

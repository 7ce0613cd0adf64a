namespace ScrutinyReports.Ingestion.Excel;

/// <summary>
/// An Excel number format code, read once and used to show numbers the way Excel shows them:
/// "General", "#,##0", "0.0%", "mmm-yy", "dd/mm/yyyy", "£#,##0.00;[Red]-£#,##0.00".
/// Colours and conditions are ignored; fractions ("# ?/?") are shown as General numbers.
/// </summary>
internal sealed class ExcelNumberFormat
{
    private readonly List<NumberFormatSection> _numberSections;

    private ExcelNumberFormat(string code)
    {
        Code = code;
        var sections = Split(NumberFormatTokenizer.Tokenize(code));

        // The text section ("@") only applies to text cells, whether it is the fourth section or written earlier.
        _numberSections = sections.Count > 1 ? sections.Where(s => !s.HasTextPlaceholder).Take(3).ToList() : sections;
        if (_numberSections.Count == 0)
        {
            _numberSections = [new NumberFormatSection([new NumberFormatToken(NumberFormatTokenKind.General, "General")])];
        }

        var first = _numberSections[0];
        IsDate = first.IsDate;
        IsPercent = !first.IsTime && first.HasPercent;
    }

    public static ExcelNumberFormat General { get; } = new("General");

    public string Code { get; }

    /// <summary>Numbers are date serials shown as calendar dates or times of day.</summary>
    public bool IsDate { get; }

    public bool IsPercent { get; }

    public override string ToString() => Code;

    public static ExcelNumberFormat Parse(string code) =>
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

    private static string Render(NumberFormatSection section, double value)
    {
        if (section.IsTime)
        {
            return DateSectionRenderer.Render(section, value);
        }

        if (section.IsFraction)
        {
            return GeneralNumberText.Format(value);
        }

        if (section.HasGeneral || (section.HasTextPlaceholder && !section.HasDigits))
        {
            return WithLiterals(section, GeneralNumberText.Format(value));
        }

        // Padding from "_)" and fills only line figures up in a column; a reader sees the figure without them.
        return NumberSectionRenderer.Render(section, value).Trim();
    }

    /// <summary>"General" or "@" with text around it, such as General" people".</summary>
    private static string WithLiterals(NumberFormatSection section, string number)
    {
        var text = new System.Text.StringBuilder();
        foreach (var token in section.Tokens)
        {
            text.Append(token.Kind switch
            {
                NumberFormatTokenKind.General or NumberFormatTokenKind.TextPlaceholder => number,
                NumberFormatTokenKind.Literal => token.Text,
                _ => string.Empty,
            });
        }

        return text.Length == 0 ? number : text.ToString().Trim();
    }

    private static List<NumberFormatSection> Split(List<NumberFormatToken> tokens)
    {
        var sections = new List<NumberFormatSection>();
        var current = new List<NumberFormatToken>();
        foreach (var token in tokens)
        {
            if (token.Kind == NumberFormatTokenKind.SectionSeparator)
            {
                sections.Add(new NumberFormatSection(current));
                current = [];
            }
            else
            {
                current.Add(token);
            }
        }

        sections.Add(new NumberFormatSection(current));
        return sections;
    }
}

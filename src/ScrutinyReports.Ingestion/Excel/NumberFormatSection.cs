namespace ScrutinyReports.Ingestion.Excel;

/// <summary>One of the up-to-four ";"-separated parts of a format code: positive, negative, zero, text.</summary>
internal sealed class NumberFormatSection
{
    private DigitLayout? _digits;

    public NumberFormatSection(IReadOnlyList<NumberFormatToken> tokens)
    {
        Tokens = tokens;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case NumberFormatTokenKind.DatePart or NumberFormatTokenKind.AmPm:
                    HasDateParts = true;
                    break;
                case NumberFormatTokenKind.ElapsedPart:
                    HasElapsedTime = true;
                    break;
                case NumberFormatTokenKind.Percent:
                    HasPercent = true;
                    break;
                case NumberFormatTokenKind.Digit:
                    HasDigits = true;
                    break;
                case NumberFormatTokenKind.General:
                    HasGeneral = true;
                    break;
                case NumberFormatTokenKind.TextPlaceholder:
                    HasTextPlaceholder = true;
                    break;
                case NumberFormatTokenKind.Slash:
                    HasSlash = true;
                    break;
            }
        }
    }

    public IReadOnlyList<NumberFormatToken> Tokens { get; }

    public bool HasDateParts { get; }

    public bool HasElapsedTime { get; }

    public bool HasPercent { get; }

    public bool HasDigits { get; }

    public bool HasGeneral { get; }

    public bool HasTextPlaceholder { get; }

    /// <summary>A calendar date or time of day; elapsed durations such as "[h]:mm" are not dates.</summary>
    public bool IsDate => HasDateParts && !HasElapsedTime;

    public bool IsTime => HasDateParts || HasElapsedTime;

    /// <summary>"# ?/?" style fractions, which are shown here as General numbers.</summary>
    public bool IsFraction => HasSlash && HasDigits && !IsTime;

    /// <summary>Where the digit placeholders sit, worked out once and kept for every cell in this format.</summary>
    public DigitLayout Digits => _digits ??= new DigitLayout(Tokens);

    private bool HasSlash { get; }
}

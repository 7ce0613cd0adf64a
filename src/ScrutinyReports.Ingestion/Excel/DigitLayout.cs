namespace ScrutinyReports.Ingestion.Excel;

/// <summary>Where the placeholders sit in a section, and what the commas among them mean.</summary>
internal sealed class DigitLayout
{
    private readonly HashSet<int> _groupingOrScalingCommas = [];

    public DigitLayout(IReadOnlyList<NumberFormatToken> tokens)
    {
        ExponentAt = IndexOf(tokens, NumberFormatTokenKind.Exponent, tokens.Count);
        NumberEnd = ExponentAt < 0 ? tokens.Count : ExponentAt;
        PointAt = IndexOf(tokens, NumberFormatTokenKind.DecimalPoint, NumberEnd);
        IntegerEnd = PointAt < 0 ? NumberEnd : PointAt;

        var firstDigit = -1;
        var lastIntegerDigit = -1;
        for (var i = 0; i < NumberEnd; i++)
        {
            switch (tokens[i].Kind)
            {
                case NumberFormatTokenKind.Digit when i < IntegerEnd:
                    IntegerPlaceholders++;
                    IntegerHasOptionalDigits |= tokens[i].Letter == '#';
                    firstDigit = firstDigit < 0 ? i : firstDigit;
                    lastIntegerDigit = i;
                    break;
                case NumberFormatTokenKind.Digit:
                    FractionPlaceholders++;
                    break;
                case NumberFormatTokenKind.Percent:
                    PercentSigns++;
                    break;
            }
        }

        for (var i = 0; i < NumberEnd; i++)
        {
            if (tokens[i].Kind != NumberFormatTokenKind.Comma)
            {
                continue;
            }

            if (firstDigit >= 0 && i > firstDigit && i < lastIntegerDigit)
            {
                GroupThousands = true;
                _groupingOrScalingCommas.Add(i);
            }
            else if (FollowsDigit(tokens, i))
            {
                ThousandsScaling++;
                _groupingOrScalingCommas.Add(i);
            }
        }
    }

    public int ExponentAt { get; }

    public int NumberEnd { get; }

    public int PointAt { get; }

    public int IntegerEnd { get; }

    public int IntegerPlaceholders { get; }

    public int FractionPlaceholders { get; }

    /// <summary>Whether any integer placeholder is "#", which in scientific formats sets the exponent's step.</summary>
    public bool IntegerHasOptionalDigits { get; }

    public int PercentSigns { get; }

    /// <summary>Each comma straight after the last digit divides by 1,000 ("#,##0," shows thousands).</summary>
    public int ThousandsScaling { get; }

    public bool GroupThousands { get; }

    public bool IsGroupingOrScaling(int commaIndex) => _groupingOrScalingCommas.Contains(commaIndex);

    private static bool FollowsDigit(IReadOnlyList<NumberFormatToken> tokens, int commaIndex)
    {
        var previous = commaIndex - 1;
        while (previous >= 0 && tokens[previous].Kind == NumberFormatTokenKind.Comma)
        {
            previous--;
        }

        return previous >= 0 && tokens[previous].Kind == NumberFormatTokenKind.Digit;
    }

    private static int IndexOf(IReadOnlyList<NumberFormatToken> tokens, NumberFormatTokenKind kind, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (tokens[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }
}

using System.Globalization;
using System.Text;

namespace ScrutinyReports.Ingestion.Excel;

/// <summary>
/// Shows a non-negative number through a section made of digit placeholders and literals: "#,##0" gives
/// "1,283", "0.0%" gives "71.0%", "£#,##0.00" gives "£1,283.50", "0.00E+00" gives "1.28E+03".
/// </summary>
internal static class NumberSectionRenderer
{
    // Beyond this the decimal type cannot hold the number; General is shown instead, except in scientific formats.
    private const double LargestRenderable = 1e27;
    private const int MostDecimals = 28;

    public static string Render(NumberFormatSection section, double value)
    {
        var layout = section.Digits;
        var scaled = value * Math.Pow(100, layout.PercentSigns) / Math.Pow(1000, layout.ThousandsScaling);
        if (!double.IsFinite(scaled) || (layout.ExponentAt < 0 && Math.Max(Math.Abs(scaled), Math.Abs(value)) >= LargestRenderable))
        {
            return GeneralNumberText.Format(value);
        }

        var decimals = Math.Min(layout.FractionPlaceholders, MostDecimals);
        var exponent = 0;
        decimal number;
        if (layout.ExponentAt >= 0)
        {
            // "0.00E+00" keeps one digit before the point; "##0.0E+0" moves the exponent in steps of three.
            var step = layout.IntegerHasOptionalDigits ? Math.Max(1, layout.IntegerPlaceholders) : 1;
            var magnitude = scaled == 0 ? 0 : (int)Math.Floor(Math.Log10(scaled));
            exponent = step > 1
                ? (int)Math.Floor(magnitude / (double)step) * step
                : magnitude - Math.Max(0, layout.IntegerPlaceholders - 1);
            var mantissa = scaled / Math.Pow(10, exponent);
            if (!double.IsFinite(mantissa))
            {
                return GeneralNumberText.Format(value);
            }

            number = Math.Round((decimal)mantissa, decimals, MidpointRounding.AwayFromZero);
            if (number >= (decimal)Math.Pow(10, Math.Max(step, layout.IntegerPlaceholders)))
            {
                // 9.996 shown as "0.00E+00" rounds up to 10.00: Excel shows 1.00E+01.
                exponent += step;
                number = Math.Round((decimal)(mantissa / Math.Pow(10, step)), decimals, MidpointRounding.AwayFromZero);
            }
        }
        else
        {
            // Decimal arithmetic keeps Excel's 15 significant digits, so 0.285 shown as "0%" rounds up to 29%.
            var exact = (decimal)value;
            for (var i = 0; i < layout.PercentSigns; i++)
            {
                exact *= 100;
            }

            for (var i = 0; i < layout.ThousandsScaling; i++)
            {
                exact /= 1000;
            }

            number = Math.Round(exact, decimals, MidpointRounding.AwayFromZero);
        }

        var digits = number.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = point < 0 ? digits : digits[..point];
        var fractionDigits = point < 0 ? string.Empty : digits[(point + 1)..];

        var text = new StringBuilder();
        text.Append(IntegerPart(section.Tokens, layout, integerDigits == "0" ? string.Empty : integerDigits));
        if (layout.PointAt >= 0)
        {
            text.Append('.');
            text.Append(FractionPart(section.Tokens, layout, fractionDigits));
        }

        if (layout.ExponentAt >= 0)
        {
            text.Append(ExponentPart(section.Tokens, layout.ExponentAt, exponent));
        }

        return text.ToString();
    }

    /// <summary>Fills the integer placeholders from the right; the leftmost one takes any extra digits.</summary>
    private static string IntegerPart(IReadOnlyList<NumberFormatToken> tokens, DigitLayout layout, string digits)
    {
        var reversed = new StringBuilder();
        var next = digits.Length - 1;
        var digitsWritten = 0;

        void WriteDigit(char digit)
        {
            if (layout.GroupThousands && digitsWritten > 0 && digitsWritten % 3 == 0)
            {
                reversed.Append(',');
            }

            reversed.Append(digit);
            digitsWritten++;
        }

        if (layout.IntegerPlaceholders == 0 && layout.PointAt >= 0)
        {
            // ".00" has no integer placeholder, yet Excel still shows 12.5 as "12.50".
            while (next >= 0)
            {
                WriteDigit(digits[next--]);
            }
        }

        var placeholdersSeen = 0;
        for (var i = layout.IntegerEnd - 1; i >= 0; i--)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case NumberFormatTokenKind.Digit:
                    placeholdersSeen++;
                    var leftmost = placeholdersSeen == layout.IntegerPlaceholders;
                    if (next >= 0)
                    {
                        WriteDigit(digits[next--]);
                        while (leftmost && next >= 0)
                        {
                            WriteDigit(digits[next--]);
                        }
                    }
                    else if (token.Letter == '0')
                    {
                        WriteDigit('0');
                    }
                    else if (token.Letter == '?')
                    {
                        reversed.Append(' ');
                    }

                    break;
                case NumberFormatTokenKind.Comma when layout.IsGroupingOrScaling(i):
                    break;
                default:
                    var literal = LiteralText(token);
                    for (var c = literal.Length - 1; c >= 0; c--)
                    {
                        reversed.Append(literal[c]);
                    }

                    break;
            }
        }

        var chars = reversed.ToString().ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    /// <summary>Fills the decimal placeholders from the left; trailing zeros under "#" vanish and under "?" become spaces.</summary>
    private static string FractionPart(IReadOnlyList<NumberFormatToken> tokens, DigitLayout layout, string digits)
    {
        var shown = digits.ToCharArray();
        var d = shown.Length - 1;
        for (var i = layout.NumberEnd - 1; d >= 0 && i > layout.PointAt; i--)
        {
            if (tokens[i].Kind != NumberFormatTokenKind.Digit)
            {
                continue;
            }

            if (shown[d] != '0' || tokens[i].Letter == '0')
            {
                break;
            }

            shown[d--] = tokens[i].Letter == '?' ? ' ' : '\0';
        }

        var text = new StringBuilder();
        var next = 0;
        for (var i = layout.PointAt + 1; i < layout.NumberEnd; i++)
        {
            var token = tokens[i];
            if (token.Kind == NumberFormatTokenKind.Digit)
            {
                if (next < shown.Length && shown[next] != '\0')
                {
                    text.Append(shown[next]);
                }

                next++;
            }
            else if (!(token.Kind == NumberFormatTokenKind.Comma && layout.IsGroupingOrScaling(i)))
            {
                text.Append(LiteralText(token));
            }
        }

        return text.ToString();
    }

    private static string ExponentPart(IReadOnlyList<NumberFormatToken> tokens, int exponentAt, int exponent)
    {
        var text = new StringBuilder("E");
        if (exponent < 0)
        {
            text.Append('-');
        }
        else if (tokens[exponentAt].Text == "+")
        {
            text.Append('+');
        }

        var width = 0;
        var trailing = new StringBuilder();
        for (var i = exponentAt + 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == NumberFormatTokenKind.Digit)
            {
                width++;
            }
            else
            {
                trailing.Append(LiteralText(tokens[i]));
            }
        }

        text.Append(Math.Abs(exponent).ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        return text.Append(trailing).ToString();
    }

    private static string LiteralText(NumberFormatToken token) => token.Kind switch
    {
        NumberFormatTokenKind.Literal or NumberFormatTokenKind.Percent or NumberFormatTokenKind.Slash
            or NumberFormatTokenKind.Comma or NumberFormatTokenKind.DecimalPoint => token.Text,
        _ => string.Empty,
    };
}

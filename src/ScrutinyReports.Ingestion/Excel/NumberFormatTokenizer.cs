namespace ScrutinyReports.Ingestion.Excel;

/// <summary>Splits an Excel number format code ("#,##0.0;[Red]-#,##0.0", "mmm-yy") into tokens.</summary>
internal static class NumberFormatTokenizer
{
    public static List<NumberFormatToken> Tokenize(string code)
    {
        var tokens = new List<NumberFormatToken>();
        var i = 0;
        while (i < code.Length)
        {
            var c = code[i];
            switch (c)
            {
                case '"':
                    var close = code.IndexOf('"', i + 1);
                    var end = close < 0 ? code.Length : close;
                    Add(tokens, NumberFormatTokenKind.Literal, code[(i + 1)..end]);
                    i = end + 1;
                    continue;
                case '\\' or '!':
                    if (i + 1 < code.Length)
                    {
                        Add(tokens, NumberFormatTokenKind.Literal, code[i + 1].ToString());
                    }

                    i += 2;
                    continue;
                case '_':
                    // "_)" leaves room the width of ")"; a space is the nearest plain-text equivalent.
                    Add(tokens, NumberFormatTokenKind.Literal, " ");
                    i += 2;
                    continue;
                case '*':
                    // "* " repeats a character to fill the column; in text it fills nothing.
                    i += 2;
                    continue;
                case '[':
                    i = ReadBracket(code, i, tokens);
                    continue;
                case ';':
                    Add(tokens, NumberFormatTokenKind.SectionSeparator, ";");
                    break;
                case '0' or '#' or '?':
                    Add(tokens, NumberFormatTokenKind.Digit, c.ToString());
                    break;
                case '.':
                    Add(tokens, NumberFormatTokenKind.DecimalPoint, ".");
                    break;
                case ',':
                    Add(tokens, NumberFormatTokenKind.Comma, ",");
                    break;
                case '%':
                    Add(tokens, NumberFormatTokenKind.Percent, "%");
                    break;
                case '/':
                    Add(tokens, NumberFormatTokenKind.Slash, "/");
                    break;
                case '@':
                    Add(tokens, NumberFormatTokenKind.TextPlaceholder, "@");
                    break;
                default:
                    i = ReadLetters(code, i, tokens);
                    continue;
            }

            i++;
        }

        return tokens;
    }

    private static int ReadLetters(string code, int i, List<NumberFormatToken> tokens)
    {
        var rest = code.AsSpan(i);
        if (rest.StartsWith("General", StringComparison.OrdinalIgnoreCase))
        {
            Add(tokens, NumberFormatTokenKind.General, "General");
            return i + "General".Length;
        }

        if (rest.StartsWith("AM/PM", StringComparison.OrdinalIgnoreCase))
        {
            Add(tokens, NumberFormatTokenKind.AmPm, code.Substring(i, 5));
            return i + 5;
        }

        if (rest.StartsWith("A/P", StringComparison.OrdinalIgnoreCase))
        {
            Add(tokens, NumberFormatTokenKind.AmPm, code.Substring(i, 3));
            return i + 3;
        }

        var c = char.ToLowerInvariant(code[i]);
        if (c == 'e' && i + 1 < code.Length && code[i + 1] is '+' or '-')
        {
            Add(tokens, NumberFormatTokenKind.Exponent, code[i + 1].ToString());
            return i + 2;
        }

        if (c is 'y' or 'm' or 'd' or 'h' or 's' or 'e')
        {
            var end = i;
            while (end < code.Length && char.ToLowerInvariant(code[end]) == c)
            {
                end++;
            }

            // "e" is the era year, which in Western calendars is the four-digit year.
            var run = c == 'e' ? "yyyy" : new string(c, end - i);
            Add(tokens, NumberFormatTokenKind.DatePart, run);
            return end;
        }

        Add(tokens, NumberFormatTokenKind.Literal, code[i].ToString());
        return i + 1;
    }

    /// <summary>Colours and conditions are dropped; currency symbols ("[$£-809]") and elapsed time ("[h]") are kept.</summary>
    private static int ReadBracket(string code, int i, List<NumberFormatToken> tokens)
    {
        var close = code.IndexOf(']', i + 1);
        var end = close < 0 ? code.Length : close;
        var content = code[(i + 1)..end];
        if (content.StartsWith('$'))
        {
            var dash = content.IndexOf('-', StringComparison.Ordinal);
            var symbol = dash < 0 ? content[1..] : content[1..dash];
            if (symbol.Length > 0)
            {
                Add(tokens, NumberFormatTokenKind.Literal, symbol);
            }
        }
        else if (IsElapsed(content))
        {
            Add(tokens, NumberFormatTokenKind.ElapsedPart, content.ToLowerInvariant());
        }

        return end + 1;
    }

    private static bool IsElapsed(string content)
    {
        if (content.Length == 0)
        {
            return false;
        }

        var letter = char.ToLowerInvariant(content[0]);
        return letter is 'h' or 'm' or 's' && content.All(c => char.ToLowerInvariant(c) == letter);
    }

    private static void Add(List<NumberFormatToken> tokens, NumberFormatTokenKind kind, string text) =>
        tokens.Add(new NumberFormatToken(kind, text));
}

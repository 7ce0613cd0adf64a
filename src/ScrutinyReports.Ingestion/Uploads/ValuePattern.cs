using System.Globalization;
using System.Text.RegularExpressions;
using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Ingestion.Uploads;

/// <summary>
/// Reads value cells as officers write them: numbers with thousands separators, "£" or "%"; suppression codes
/// (c, x, [c], *, &lt;5) and not-available states (blank, N/A, TBC, "Not yet available"), which are states and never
/// zero. A misplaced thousands separator ("58,1673", a fused footnote) is an error, not a number. Figures lie
/// within ±<see cref="Largest"/>; beyond it (1E+300 would overflow the decimal type) is an error. Only ASCII digits
/// are digits.
/// </summary>
public static partial class ValuePattern
{
    public const string NumberExamples = "a number such as 71.5, 1,283 or 71%, a suppression code (c, x, [c], *, <5) or N/A, TBC, Not yet available";

    /// <summary>The largest figure, either side of zero: far beyond any council's counts, rates or budgets in pounds.</summary>
    public const decimal Largest = 1_000_000_000_000m;

    public const string RangeExpected = "a number between -1,000,000,000,000 and 1,000,000,000,000";

    private static readonly HashSet<string> SuppressionCodes = new(StringComparer.OrdinalIgnoreCase) { "c", "x", "[c]", "[x]", "*", "[z]" };

    private static readonly HashSet<string> NotAvailableTexts = new(StringComparer.OrdinalIgnoreCase)
    {
        "n/a", "na", "n.a.", "tbc", "not yet available", "not available", "unavailable", "-", "..", "#n/a",
    };

    public static CellReading Read(CellValue cell)
    {
        if (cell.Number is { } number && !cell.IsDate)
        {
            if (!double.IsFinite(number))
            {
                return CellReading.Invalid(NumberExamples);
            }

            return Math.Abs(number) <= (double)Largest
                ? new CellReading(CellReadingKind.Number, (decimal)number, cell.IsPercent ? PercentForm.Fraction : PercentForm.None)
                : CellReading.Invalid(RangeExpected);
        }

        if (cell.IsDate)
        {
            return CellReading.Invalid(NumberExamples + "; the cell holds a date");
        }

        return ReadText(cell.Text);
    }

    public static CellReading ReadText(string? raw)
    {
        var text = Clean(raw);
        if (text.Length == 0 || NotAvailableTexts.Contains(text))
        {
            return CellReading.NotAvailable;
        }

        if (SuppressionCodes.Contains(text) || LessThanCode().IsMatch(text))
        {
            return CellReading.Suppressed;
        }

        var percent = PercentForm.None;
        if (text.EndsWith('%'))
        {
            percent = PercentForm.Text;
            text = text[..^1].TrimEnd();
        }

        if (text.StartsWith('£'))
        {
            text = text[1..].TrimStart();
        }
        else if (text.StartsWith("-£", StringComparison.Ordinal))
        {
            text = "-" + text[2..].TrimStart();
        }

        if (text.Contains(',', StringComparison.Ordinal) && !GroupedNumber().IsMatch(text))
        {
            return CellReading.Invalid($"{NumberExamples}; the thousands separator is misplaced");
        }

        // Excel writes very large and very small numbers to CSV in scientific notation (1E+15, 1.5E-05).
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands | NumberStyles.AllowExponent;
        if (!PlainNumber().IsMatch(text))
        {
            return CellReading.Invalid(NumberExamples);
        }

        if (!decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out var value))
        {
            // The shape of a number, too large for the decimal type.
            return CellReading.Invalid(RangeExpected);
        }

        return Math.Abs(value) <= Largest ? new CellReading(CellReadingKind.Number, value, percent) : CellReading.Invalid(RangeExpected);
    }

    /// <summary>Cell text with outer spaces, non-breaking spaces and wrapping quotes removed.</summary>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        var text = raw.Replace('\u00A0', ' ').Trim();
        return text.Length >= 2 && text[0] is '\'' or '‘' or '’' && text.IndexOfAny(['\'', '‘', '’'], 1) < 0 ? text[1..].Trim() : text;
    }

    [GeneratedRegex(@"^<\s*[0-9]+$")]
    private static partial Regex LessThanCode();

    [GeneratedRegex(@"^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")]
    private static partial Regex GroupedNumber();

    [GeneratedRegex(@"^[-+]?([0-9][0-9,]*(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?$")]
    private static partial Regex PlainNumber();
}

using System.Globalization;
using System.Text.RegularExpressions;
using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Ingestion.Uploads;

/// <summary>
/// Reads value cells as officers write them: numbers with thousands separators, "£" or "%"; suppression codes
/// (c, x, [c], *, &lt;5) and not-available states (blank, N/A, TBC, "Not yet available"), which are states and never
/// zero. A misplaced thousands separator ("58,1673", a fused footnote) is an error, not a number.
/// </summary>
public static partial class ValuePattern
{
    public const string NumberExamples = "a number such as 71.5, 1,283 or 71%, a suppression code (c, x, [c], *, <5) or N/A, TBC, Not yet available";

    private static readonly HashSet<string> SuppressionCodes = new(StringComparer.OrdinalIgnoreCase) { "c", "x", "[c]", "[x]", "*", "[z]" };

    private static readonly HashSet<string> NotAvailableTexts = new(StringComparer.OrdinalIgnoreCase)
    {
        "n/a", "na", "n.a.", "tbc", "not yet available", "not available", "unavailable", "-", "..", "#n/a",
    };

    public static CellReading Read(CellValue cell)
    {
        if (cell.Number is { } number && !cell.IsDate)
        {
            return double.IsFinite(number)
                ? new CellReading(CellReadingKind.Number, (decimal)number, cell.IsPercent ? PercentForm.Fraction : PercentForm.None)
                : CellReading.Invalid(NumberExamples);
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

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)
            ? new CellReading(CellReadingKind.Number, value, percent)
            : CellReading.Invalid(NumberExamples);
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

    [GeneratedRegex(@"^<\s*\d+$")]
    private static partial Regex LessThanCode();

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex GroupedNumber();
}

namespace ScrutinyReports.Rendering.Xlsx;

/// <summary>
/// Text as report.xlsx writes it. Names, themes and commentary come from uploads, so text that a spreadsheet could
/// read as a formula (it begins with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe, as the
/// OWASP guidance on CSV injection advises. Every cell is written as a string cell too, which Excel never evaluates;
/// the apostrophe keeps the text inert where that protection is lost: a cell edited and confirmed, or a sheet saved
/// as CSV and opened again.
/// </summary>
public static class SpreadsheetText
{
    /// <summary>The characters that make a spreadsheet read a cell's text as a formula or a command.</summary>
    public static IReadOnlyList<char> FormulaStarts { get; } = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The text with an apostrophe in front when it begins like a formula; otherwise the text unchanged.</summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
    }
}

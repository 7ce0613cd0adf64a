namespace ScrutinyReports.Ingestion.Tables;

/// <summary>
/// One cell as a spreadsheet holds it. <see cref="Text"/> is what a person sees in the cell ("Sep-19", "71%",
/// "1,283"); for a numeric cell <see cref="Number"/> is the stored number (0.71 for a cell shown as 71%),
/// <see cref="IsDate"/> says the number is an Excel date serial shown as a date, and <see cref="IsPercent"/>
/// says it is shown with a percentage format. CSV cells carry text only.
/// </summary>
public readonly record struct CellValue(string Text, double? Number = null, bool IsDate = false, bool IsPercent = false)
{
    public static CellValue Empty { get; } = new(string.Empty);

    /// <summary>
    /// The formula of a workbook cell that has one but no calculated value (its text is then empty): the figure
    /// is unknown, which is not the same as blank.
    /// </summary>
    public string? UncalculatedFormula { get; init; }

    public bool IsBlank => Number is null && UncalculatedFormula is null && string.IsNullOrWhiteSpace(Text);

    /// <summary>What to tell a person about a cell whose formula has no calculated value; null for other cells.</summary>
    public string? UncalculatedProblem => UncalculatedFormula is { } formula
        ? $"the cell holds a formula{(formula.Length > 0 ? $" (={formula})" : string.Empty)} with no calculated value; expected a figure: open and save the workbook in Excel so the value is calculated"
        : null;

    /// <summary>The calendar date of a date cell (Excel's 1900 date system, serial 1 = 1 January 1900).</summary>
    public DateOnly? Date => IsDate && Number is { } serial && serial >= 1 && serial < 2958466
        ? DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)))
        : null;
}

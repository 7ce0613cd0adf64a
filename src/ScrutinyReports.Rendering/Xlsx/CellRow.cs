using SpreadCheetah;
using SpreadCheetah.Styling;

namespace ScrutinyReports.Rendering.Xlsx;

/// <summary>
/// Builds one worksheet row. Text goes through <see cref="SpreadsheetText.Neutralise"/> here and nowhere else, so no
/// sheet can write uploaded text that Excel would take for a formula; numbers stay numbers and dates dates.
/// </summary>
internal sealed class CellRow(XlsxStyles styles)
{
    private readonly List<Cell> cells = [];

    public CellRow Text(string? text, bool wrap = false)
    {
        cells.Add(string.IsNullOrEmpty(text) ? Empty() : new Cell(SpreadsheetText.Neutralise(text), wrap ? styles.WrappedText : styles.Text));
        return this;
    }

    public CellRow Number(decimal? value, StyleId style)
    {
        cells.Add(value is { } number ? new Cell(number, style) : Empty());
        return this;
    }

    public CellRow Date(DateOnly? date)
    {
        cells.Add(date is { } day ? new Cell(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), styles.Date) : Empty());
        return this;
    }

    public CellRow DateTime(DateTimeOffset instant)
    {
        cells.Add(new Cell(instant.UtcDateTime, styles.DateTime));
        return this;
    }

    public Cell[] ToArray() => [.. cells];

    private static Cell Empty() => new((string?)null);
}

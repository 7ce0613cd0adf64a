using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ScrutinyReports.Testing;

/// <summary>What the sheets of one workbook share while they are written: strings, cell styles and the date system.</summary>
internal sealed class XlsxWriteContext(bool uses1904DateSystem)
{
    private static readonly DateOnly Epoch1900 = new(1899, 12, 30);
    private static readonly DateOnly Epoch1904 = new(1904, 1, 1);

    public XlsxSharedStrings SharedStrings { get; } = new();

    public XlsxCellStyles Styles { get; } = new();

    public Cell CellElement(string? reference, XlsxCell cell)
    {
        var element = new Cell { CellReference = reference };
        if (cell.Format is { } format)
        {
            element.StyleIndex = Styles.IndexOf(format);
        }

        if (cell.Expression is not null)
        {
            element.CellFormula = new CellFormula(cell.Expression);
        }

        switch (cell.Kind)
        {
            case XlsxCellKind.SharedString:
                element.DataType = CellValues.SharedString;
                element.CellValue = Value(SharedStrings.IndexOf(cell.Text));
                break;
            case XlsxCellKind.RichString:
                element.DataType = CellValues.SharedString;
                element.CellValue = Value(SharedStrings.IndexOfRich(cell.Runs));
                break;
            case XlsxCellKind.InlineString:
                element.DataType = CellValues.InlineString;
                element.InlineString = new InlineString(new Text(cell.Text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
                break;
            case XlsxCellKind.Number:
                element.CellValue = Value(cell.Value);
                break;
            case XlsxCellKind.Date:
                element.CellValue = Value(Serial(cell.DateValue));
                break;
            case XlsxCellKind.Boolean:
                element.DataType = CellValues.Boolean;
                element.CellValue = Value(cell.Value);
                break;
            case XlsxCellKind.Error:
                element.DataType = CellValues.Error;
                element.CellValue = new CellValue(cell.Text);
                break;
            case XlsxCellKind.FormulaText:
                element.DataType = CellValues.String;
                element.CellValue = new CellValue(cell.Text);
                break;
            case XlsxCellKind.Blank:
                break;
        }

        return element;
    }

    private int Serial(DateOnly date) =>
        date.DayNumber - (uses1904DateSystem ? Epoch1904 : Epoch1900).DayNumber;

    private static CellValue Value(double number) => new(number.ToString("R", CultureInfo.InvariantCulture));
}

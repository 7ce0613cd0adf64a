using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ScrutinyReports.Pipeline.Tests.Reports;

/// <summary>A written report.xlsx opened with DocumentFormat.OpenXml: its sheets' rows keyed by header, and each cell's kind and format.</summary>
internal sealed class XlsxReadBack : IDisposable
{
    private readonly SpreadsheetDocument document;

    public XlsxReadBack(string path) => document = SpreadsheetDocument.Open(path, isEditable: false);

    public IReadOnlyList<string> SheetNames => [.. Sheets.Select(sheet => sheet.Name!.Value!)];

    public IEnumerable<Cell> AllCells => document.WorkbookPart!.WorksheetParts.SelectMany(part => part.Worksheet.Descendants<Cell>());

    public WorksheetPart Part(string sheetName) =>
        (WorksheetPart)document.WorkbookPart!.GetPartById(Sheets.Single(sheet => sheet.Name == sheetName).Id!.Value!);

    /// <summary>The sheet's rows below its header, each cell keyed by its column's header.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, Cell>> Rows(string sheetName)
    {
        var rows = Part(sheetName).Worksheet.Descendants<Row>().ToList();
        var headers = rows[0].Elements<Cell>().ToDictionary(cell => Column(cell), Text);
        return [.. rows.Skip(1).Select(row => (IReadOnlyDictionary<string, Cell>)row.Elements<Cell>().Where(cell => headers.ContainsKey(Column(cell))).ToDictionary(cell => headers[Column(cell)]))];
    }

    public static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty;

    public static bool IsNumber(Cell cell) => (cell.DataType is null || cell.DataType.Value == CellValues.Number) && cell.CellValue is not null;

    public static decimal Number(Cell cell) => decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The number format code of the cell's style ("#,##0.0\"%\"", "d mmm yyyy").</summary>
    public string FormatOf(Cell cell)
    {
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        return stylesheet.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value
            ?? $"builtin:{id}";
    }

    public void Dispose() => document.Dispose();

    private IEnumerable<Sheet> Sheets => document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>();

    private static string Column(Cell cell) => new([.. cell.CellReference!.Value!.TakeWhile(char.IsLetter)]);
}

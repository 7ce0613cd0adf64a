using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Ingestion.Tables;
using StoredValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;
using CellValue = ScrutinyReports.Ingestion.Tables.CellValue;

namespace ScrutinyReports.Ingestion.Excel;

/// <summary>
/// Reads one visible worksheet of an .xlsx workbook row by row (hidden and very hidden sheets are never read), streaming
/// the sheet's XML so that only the current row is held; the shared strings and styles are loaded whole.
/// Cells are placed by their column letters, so gaps read as blank, and each cell's text is what Excel
/// shows (see <see cref="CellValue"/>). A row's <see cref="CellCount"/> runs to its last cell holding a value;
/// formatted but empty cells do not count. A formula with no calculated value is read as
/// <see cref="CellValue.UncalculatedFormula"/>, never as a blank. Which sheet holds the data is the caller's
/// choice (see <see cref="TableReaderFactory"/>).
/// </summary>
/// <remarks>
/// The reader does not own the stream: disposing the reader leaves the stream open, and the caller must keep
/// the stream open until the reader is disposed.
/// </remarks>
public sealed class XlsxTableReader : ITableReader
{
    // Excel's last column is XFD; a reference past it is damage, not data.
    private const int MaxColumns = 16_384;

    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _sheet;
    private readonly XlsxCellDecoder _decoder;
    private CellValue[] _cells = [];
    private int _cellCount;

    private XlsxTableReader(SpreadsheetDocument document, OpenXmlReader sheet, XlsxCellDecoder decoder)
    {
        _document = document;
        _sheet = sheet;
        _decoder = decoder;
    }

    public int RowNumber { get; private set; }

    public int CellCount => _cellCount;

    /// <summary>The names of the workbook's visible worksheets, in tab order; the stream is left where it was.</summary>
    /// <exception cref="UnreadableFileException">The stream is not an .xlsx workbook.</exception>
    public static IReadOnlyList<string> VisibleSheetNames(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.Position;
        try
        {
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbookPart = document.WorkbookPart ?? throw NotAWorkbook(null);
            return [.. VisibleWorksheets(workbookPart).Select(sheet => sheet.Name)];
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw NotAWorkbook(ex);
        }
        finally
        {
            stream.Position = start;
        }
    }

    /// <summary>Opens a workbook from a readable, seekable stream, at the visible sheet named, or the first visible sheet.</summary>
    /// <exception cref="UnreadableFileException">The stream is not an .xlsx workbook with a visible worksheet.</exception>
    public static XlsxTableReader Open(Stream stream, string? sheetName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead || !stream.CanSeek)
        {
            throw new ArgumentException("The workbook stream must be readable and seekable.", nameof(stream));
        }

        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbookPart = document.WorkbookPart ?? throw NotAWorkbook(null);
            var worksheetPart = VisibleWorksheets(workbookPart).FirstOrDefault(sheet => sheetName is null || sheet.Name == sheetName).Part
                ?? throw new UnreadableFileException(sheetName is null
                    ? "the Excel workbook (.xlsx) has no visible worksheet to read; it may hold only charts, or only hidden sheets."
                    : $"the Excel workbook (.xlsx) has no visible worksheet named {Echo.Quote(sheetName)}.");
            var uses1904DateSystem = workbookPart.Workbook.WorkbookProperties?.Date1904?.Value == true;
            var decoder = new XlsxCellDecoder(
                SharedStrings.Load(workbookPart.SharedStringTablePart),
                CellNumberFormats.Load(workbookPart.WorkbookStylesPart),
                uses1904DateSystem);
            return new XlsxTableReader(document, OpenXmlReader.Create(worksheetPart), decoder);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            document?.Dispose();
            throw NotAWorkbook(ex);
        }
        catch
        {
            document?.Dispose();
            throw;
        }
    }

    public bool Read()
    {
        Array.Fill(_cells, CellValue.Empty, 0, _cellCount);
        _cellCount = 0;
        try
        {
            var more = _sheet.Read();
            while (more)
            {
                if (_sheet.IsStartElement)
                {
                    var type = _sheet.ElementType;
                    if (type == typeof(Row))
                    {
                        ReadRow();
                        return true;
                    }

                    if (type != typeof(Worksheet) && type != typeof(SheetData))
                    {
                        // Columns, views, merged ranges and the rest hold no cell values.
                        _sheet.Skip();
                        more = !_sheet.EOF;
                        continue;
                    }
                }

                more = _sheet.Read();
            }

            return false;
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw new UnreadableFileException(
                $"the Excel workbook (.xlsx) is damaged: its worksheet could not be read past row {RowNumber.ToString(CultureInfo.InvariantCulture)}.",
                ex);
        }
    }

    public CellValue GetCell(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        return column < _cellCount ? _cells[column] : CellValue.Empty;
    }

    public void Dispose()
    {
        _sheet.Dispose();
        _document.Dispose();
    }

    // Hidden and very hidden sheets hold lookups, old copies and workings that nobody sees: never data.
    private static IEnumerable<(string Name, WorksheetPart? Part)> VisibleWorksheets(WorkbookPart workbookPart)
    {
        foreach (var sheet in workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            var hidden = sheet.State?.Value is { } state && state != SheetStateValues.Visible;
            if (!hidden && sheet.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var part) && part is WorksheetPart worksheet)
            {
                yield return (sheet.Name?.Value ?? string.Empty, worksheet);
            }
        }
    }

    /// <summary>Reads the cells of the &lt;row&gt; the reader is on, leaving the reader at the row's end.</summary>
    private void ReadRow()
    {
        RowNumber = ParsePositive(Attribute("r")) ?? RowNumber + 1;
        var column = -1;
        if (!_sheet.ReadFirstChild())
        {
            return;
        }

        do
        {
            if (_sheet.IsStartElement && _sheet.ElementType == typeof(Cell))
            {
                column = ReadCell(column);
            }
        }
        while (_sheet.ReadNextSibling());
    }

    /// <summary>Reads the &lt;c&gt; the reader is on and returns its column; a cell without a reference follows the one before.</summary>
    private int ReadCell(int previousColumn)
    {
        string? reference = null, type = null, style = null;
        foreach (var attribute in _sheet.Attributes)
        {
            if (attribute.NamespaceUri.Length != 0)
            {
                continue;
            }

            switch (attribute.LocalName)
            {
                case "r":
                    reference = attribute.Value;
                    break;
                case "t":
                    type = attribute.Value;
                    break;
                case "s":
                    style = attribute.Value;
                    break;
            }
        }

        var column = reference is null ? -1 : ColumnName.IndexOf(reference);
        column = column < 0 ? previousColumn + 1 : column;

        string? stored = null, formula = null;
        if (_sheet.ReadFirstChild())
        {
            do
            {
                if (!_sheet.IsStartElement)
                {
                    continue;
                }

                if (_sheet.ElementType == typeof(StoredValue))
                {
                    stored = _sheet.GetText();
                }
                else if (_sheet.ElementType == typeof(CellFormula))
                {
                    formula = _sheet.GetText();
                }
                else if (_sheet.ElementType == typeof(InlineString))
                {
                    stored = StringItemText.Of(_sheet.LoadCurrentElement()!);
                }
            }
            while (_sheet.ReadNextSibling());
        }

        if (stored is not null && column < MaxColumns)
        {
            var styleIndex = uint.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            Place(column, _decoder.Decode(type, styleIndex, stored));
        }
        else if (formula is not null && column < MaxColumns)
        {
            // Written by a program that does not calculate (or by Excel with calculation off): there is no value to read.
            Place(column, CellValue.Empty with { UncalculatedFormula = formula });
        }

        return column;
    }

    private void Place(int column, CellValue value)
    {
        if (column >= _cells.Length)
        {
            var grown = new CellValue[Math.Min(MaxColumns, Math.Max(column + 1, _cells.Length * 2))];
            Array.Fill(grown, CellValue.Empty);
            Array.Copy(_cells, grown, _cells.Length);
            _cells = grown;
        }

        _cells[column] = value;
        _cellCount = Math.Max(_cellCount, column + 1);
    }

    private string? Attribute(string localName)
    {
        foreach (var attribute in _sheet.Attributes)
        {
            if (attribute.LocalName == localName && attribute.NamespaceUri.Length == 0)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    private static int? ParsePositive(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    private static bool IsDamage(Exception ex) =>
        ex is FormatException or OpenXmlPackageException or InvalidDataException or XmlException or IOException
            or InvalidOperationException or NotSupportedException or ArgumentException;

    private static UnreadableFileException NotAWorkbook(Exception? inner) => new(
        "the file is not a readable Excel workbook (.xlsx). It may be damaged, protected with a password, " +
        "or another kind of file (such as .xls or .csv) saved with an .xlsx name.",
        inner);
}

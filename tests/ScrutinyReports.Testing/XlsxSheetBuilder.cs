using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ScrutinyReports.Testing;

/// <summary>The cells of one worksheet for <see cref="XlsxWorkbookBuilder"/>, placed by reference ("D14").</summary>
public sealed partial class XlsxSheetBuilder
{
    private readonly SortedDictionary<int, List<(int Column, XlsxCell Cell)>> _rows = [];
    private readonly List<(int FirstRow, int Count, Func<int, IEnumerable<XlsxCell>> CellsFor)> _generated = [];
    private readonly List<string> _merges = [];
    private bool _cellsInInsertionOrder;
    private bool _withoutReferences;

    internal XlsxSheetBuilder(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    public XlsxSheetBuilder Cell(string reference, XlsxCell cell)
    {
        var (row, column) = Parse(reference);
        var cells = Row(row);
        cells.RemoveAll(c => c.Column == column);
        cells.Add((column, cell));
        return this;
    }

    public XlsxSheetBuilder SharedString(string reference, string text) => Cell(reference, XlsxCell.SharedString(text));

    public XlsxSheetBuilder RichString(string reference, params string[] runs) => Cell(reference, XlsxCell.RichString(runs));

    public XlsxSheetBuilder InlineString(string reference, string text) => Cell(reference, XlsxCell.InlineString(text));

    public XlsxSheetBuilder Number(string reference, double value) => Cell(reference, XlsxCell.Number(value));

    public XlsxSheetBuilder Number(string reference, double value, string formatCode) =>
        Cell(reference, XlsxCell.Number(value, formatCode));

    public XlsxSheetBuilder Number(string reference, double value, int builtInFormatId) =>
        Cell(reference, XlsxCell.Number(value, builtInFormatId));

    public XlsxSheetBuilder Date(string reference, DateOnly date, string formatCode) =>
        Cell(reference, XlsxCell.Date(date, formatCode));

    public XlsxSheetBuilder Date(string reference, DateOnly date, int builtInFormatId) =>
        Cell(reference, XlsxCell.Date(date, builtInFormatId));

    public XlsxSheetBuilder Boolean(string reference, bool value) => Cell(reference, XlsxCell.Boolean(value));

    public XlsxSheetBuilder Error(string reference, string error) => Cell(reference, XlsxCell.Error(error));

    public XlsxSheetBuilder Formula(string reference, string formula, double cachedValue, string? formatCode = null) =>
        Cell(reference, XlsxCell.Formula(formula, cachedValue, formatCode));

    public XlsxSheetBuilder UncalculatedFormula(string reference, string formula) => Cell(reference, XlsxCell.UncalculatedFormula(formula));

    public XlsxSheetBuilder FormulaText(string reference, string formula, string cachedText) =>
        Cell(reference, XlsxCell.FormulaText(formula, cachedText));

    /// <summary>Writes a &lt;row&gt; with no cells, as Excel does for rows given a height or style.</summary>
    public XlsxSheetBuilder EmptyRow(int rowNumber)
    {
        Row(rowNumber);
        return this;
    }

    /// <summary>Merges a range such as "A1:C1"; its value belongs in the top-left cell.</summary>
    public XlsxSheetBuilder Merge(string range)
    {
        _merges.Add(range);
        return this;
    }

    /// <summary>
    /// Writes <paramref name="count"/> rows from <paramref name="firstRow"/>, asking for each row's cells
    /// (from column A) only while the sheet is written, so very large sheets never sit in memory.
    /// </summary>
    public XlsxSheetBuilder GeneratedRows(int firstRow, int count, Func<int, IEnumerable<XlsxCell>> cellsFromColumnA)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstRow, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _generated.Add((firstRow, count, cellsFromColumnA));
        return this;
    }

    /// <summary>Writes each row's cells in the order they were added instead of column order, as a careless exporter might.</summary>
    public XlsxSheetBuilder CellsInInsertionOrder()
    {
        _cellsInInsertionOrder = true;
        return this;
    }

    /// <summary>Leaves out the optional r attributes of rows and cells, so positions follow from order alone.</summary>
    public XlsxSheetBuilder WithoutReferences()
    {
        _withoutReferences = true;
        return this;
    }

    internal void WriteTo(WorksheetPart part, XlsxWriteContext context)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        foreach (var (rowNumber, cells) in RowsInOrder())
        {
            writer.WriteStartElement(_withoutReferences ? new Row() : new Row { RowIndex = (uint)rowNumber });
            foreach (var (column, cell) in cells)
            {
                var reference = _withoutReferences ? null : ColumnLetters(column) + rowNumber.ToString(CultureInfo.InvariantCulture);
                writer.WriteElement(context.CellElement(reference, cell));
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        if (_merges.Count > 0)
        {
            writer.WriteElement(new MergeCells(_merges.Select(range => new MergeCell { Reference = range })) { Count = (uint)_merges.Count });
        }

        writer.WriteEndElement();
    }

    private IEnumerable<(int Row, IEnumerable<(int Column, XlsxCell Cell)> Cells)> RowsInOrder()
    {
        var explicitRows = _rows.Select(row => new RowRun(row.Key, 1, _ =>
            _cellsInInsertionOrder ? row.Value : row.Value.OrderBy(cell => cell.Column)));
        var generatedRows = _generated.Select(run => new RowRun(run.FirstRow, run.Count, rowNumber =>
            run.CellsFor(rowNumber).Select((cell, column) => (column, cell))));

        var nextFree = 1;
        foreach (var run in explicitRows.Concat(generatedRows).OrderBy(run => run.FirstRow).ToList())
        {
            if (run.FirstRow < nextFree)
            {
                throw new InvalidOperationException($"Row {run.FirstRow} of sheet '{Name}' is written twice: generated rows overlap other rows.");
            }

            nextFree = run.FirstRow + run.Count;
            for (var rowNumber = run.FirstRow; rowNumber < nextFree; rowNumber++)
            {
                yield return (rowNumber, run.CellsFor(rowNumber));
            }
        }
    }

    private List<(int Column, XlsxCell Cell)> Row(int rowNumber)
    {
        if (!_rows.TryGetValue(rowNumber, out var cells))
        {
            cells = [];
            _rows[rowNumber] = cells;
        }

        return cells;
    }

    private static (int Row, int Column) Parse(string reference)
    {
        var match = CellReference().Match(reference);
        if (!match.Success)
        {
            throw new ArgumentException($"'{reference}' is not a cell reference such as D14.", nameof(reference));
        }

        var column = 0;
        foreach (var letter in match.Groups[1].Value.ToUpperInvariant())
        {
            column = (column * 26) + (letter - 'A' + 1);
        }

        return (int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), column - 1);
    }

    private static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private sealed record RowRun(int FirstRow, int Count, Func<int, IEnumerable<(int Column, XlsxCell Cell)>> CellsFor);

    [GeneratedRegex("^([A-Za-z]{1,3})([1-9][0-9]*)$")]
    private static partial Regex CellReference();
}

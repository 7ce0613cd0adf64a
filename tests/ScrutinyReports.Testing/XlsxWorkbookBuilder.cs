using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ScrutinyReports.Testing;

/// <summary>
/// Builds a real .xlsx workbook for tests, with cells stored as Excel stores them:
/// <code>
/// var bytes = new XlsxWorkbookBuilder()
///     .Sheet("Data", s => s.SharedString("A1", "Month").Date("B1", new(2019, 9, 1), "mmm-yy").Number("B2", 0.71, "0%"))
///     .ToBytes();
/// </code>
/// Worksheet parts are numbered in the order sheets are added; <see cref="WorkbookSheetOrder"/> can list
/// them in the workbook (tab order) differently.
/// </summary>
public sealed class XlsxWorkbookBuilder
{
    private readonly List<XlsxSheetBuilder> _sheets = [];
    private readonly Dictionary<string, SheetStateValues> _states = [];
    private List<string>? _tabOrder;
    private bool _uses1904DateSystem;

    public XlsxWorkbookBuilder Sheet(string name, Action<XlsxSheetBuilder> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var sheet = new XlsxSheetBuilder(name);
        build(sheet);
        _sheets.Add(sheet);
        return this;
    }

    /// <summary>Uses the 1904 date system (workbookPr date1904="1"), as old Mac workbooks do; dates are stored to match.</summary>
    public XlsxWorkbookBuilder Use1904DateSystem()
    {
        _uses1904DateSystem = true;
        return this;
    }

    /// <summary>Hides a sheet as Excel's Hide does (state="hidden"), or from VBA only (state="veryHidden").</summary>
    public XlsxWorkbookBuilder Hide(string name, bool veryHidden = false)
    {
        _states[name] = veryHidden ? SheetStateValues.VeryHidden : SheetStateValues.Hidden;
        return this;
    }

    /// <summary>Lists the sheets in workbook.xml in this order, whatever order their parts were written in.</summary>
    public XlsxWorkbookBuilder WorkbookSheetOrder(params string[] names)
    {
        _tabOrder = [.. names];
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>A new stream holding the workbook, positioned at its start.</summary>
    public MemoryStream ToStream() => new(ToBytes(), writable: false);

    /// <summary>Writes the workbook to <paramref name="stream"/>, which is left open.</summary>
    public void WriteTo(Stream stream)
    {
        if (_sheets.Count == 0)
        {
            throw new InvalidOperationException("A workbook needs at least one sheet.");
        }

        var context = new XlsxWriteContext(_uses1904DateSystem);
        using var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var partIds = new Dictionary<string, string>();
        foreach (var sheet in _sheets)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            sheet.WriteTo(worksheetPart, context);
            partIds[sheet.Name] = workbookPart.GetIdOfPart(worksheetPart);
        }

        var tabOrder = _tabOrder ?? _sheets.Select(s => s.Name).ToList();
        var workbook = new Workbook();
        if (_uses1904DateSystem)
        {
            workbook.WorkbookProperties = new WorkbookProperties { Date1904 = true };
        }

        workbook.Sheets = new Sheets(tabOrder.Select((name, i) => new Sheet
        {
            Name = name,
            SheetId = (uint)(i + 1),
            Id = partIds.TryGetValue(name, out var id) ? id : throw new InvalidOperationException($"There is no sheet named '{name}'."),
            State = _states.TryGetValue(name, out var state) ? state : null,
        }));
        workbookPart.Workbook = workbook;

        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = context.Styles.ToStylesheet();
        if (!context.SharedStrings.IsEmpty)
        {
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = context.SharedStrings.ToTable();
        }
    }
}

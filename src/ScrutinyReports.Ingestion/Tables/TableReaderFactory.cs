using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Ingestion.Excel;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Tables;

/// <summary>
/// Opens a CSV file or an .xlsx workbook by what its bytes are, not only by its name. In a workbook only visible
/// sheets are read; when there is more than one, the data is the one sheet whose headings fit the expected
/// <see cref="SheetLayout"/>, and a workbook with none or several such sheets is refused, naming them. The first
/// sheet is never taken only for being first.
/// </summary>
public static class TableReaderFactory
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0];

    /// <summary>Opens the table, or records why it cannot be read and returns null. The caller keeps ownership of the stream.</summary>
    public static ITableReader? TryOpen(Stream content, string fileName, UploadDiagnostics diagnostics, SheetLayout layout)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            return Open(content, fileName, layout);
        }
        catch (UnreadableFileException ex)
        {
            diagnostics.Add(new UploadError(fileName, null, null, null, ex.Message));
            return null;
        }
    }

    public static ITableReader Open(Stream content, string fileName, SheetLayout layout)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(layout);
        var start = content.Position;
        Span<byte> head = stackalloc byte[4];
        var read = content.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        content.Position = start;
        if (read == 4 && head.SequenceEqual(ZipSignature))
        {
            return XlsxTableReader.Open(content, DataSheet(content, layout));
        }

        if ((read == 4 && head.SequenceEqual(CompoundFileSignature)) || fileName.EndsWith(".xls", StringComparison.OrdinalIgnoreCase))
        {
            throw new UnreadableFileException("the file is an old-style Excel 97-2003 workbook (.xls) or is password-protected; expected .xlsx or .csv (in Excel: File > Save As > Excel Workbook)");
        }

        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new UnreadableFileException("the file is named .xlsx but is not an Excel workbook; expected a workbook saved by Excel, or a .csv file");
        }

        return CsvTableReader.Open(content);
    }

    private static string? DataSheet(Stream content, SheetLayout layout)
    {
        var visible = XlsxTableReader.VisibleSheetNames(content);
        if (visible.Count <= 1)
        {
            return visible.Count == 0 ? null : visible[0];
        }

        var start = content.Position;
        var fitting = new List<string>();
        foreach (var name in visible)
        {
            content.Position = start;
            using var sheet = XlsxTableReader.Open(content, name);
            if (layout.Fits(sheet))
            {
                fitting.Add(name);
            }
        }

        content.Position = start;
        return fitting.Count switch
        {
            1 => fitting[0],
            0 => throw new UnreadableFileException(
                $"none of the visible sheets ({string.Join(", ", visible.Select(Quoted))}) has {layout.Description}; expected one sheet laid out that way (hidden sheets are not read)"),
            _ => throw new UnreadableFileException(
                $"sheets {Listed(fitting)} {(fitting.Count == 2 ? "both" : "all")} have {layout.Description}; expected one sheet of figures: hide or delete the others, or send each as its own file"),
        };
    }

    private static string Quoted(string name) => Echo.Quote(name);

    private static string Listed(List<string> names) =>
        string.Join(", ", names.SkipLast(1).Select(Quoted)) + " and " + Quoted(names[^1]);
}

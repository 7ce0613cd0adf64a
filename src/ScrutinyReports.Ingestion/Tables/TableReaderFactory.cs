using ScrutinyReports.Ingestion.Excel;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Tables;

/// <summary>Opens a CSV file or an .xlsx workbook by what its bytes are, not only by its name.</summary>
public static class TableReaderFactory
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0];

    /// <summary>Opens the table, or records why it cannot be read and returns null. The caller keeps ownership of the stream.</summary>
    public static ITableReader? TryOpen(Stream content, string fileName, UploadDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            return Open(content, fileName);
        }
        catch (UnreadableFileException ex)
        {
            diagnostics.Add(new UploadError(fileName, null, null, null, ex.Message));
            return null;
        }
    }

    public static ITableReader Open(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = content.Position;
        Span<byte> head = stackalloc byte[4];
        var read = content.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        content.Position = start;
        if (read == 4 && head.SequenceEqual(ZipSignature))
        {
            return XlsxTableReader.Open(content);
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
}

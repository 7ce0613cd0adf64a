using Sylvan.Data.Csv;

namespace ScrutinyReports.Ingestion.Tables;

/// <summary>
/// Reads a CSV file (comma-separated, RFC 4180 quoting, CRLF or LF) row by row as a spreadsheet would show it:
/// every cell is text, and rows may have different numbers of cells (title rows above a header).
/// The caller owns the stream.
/// </summary>
public sealed class CsvTableReader : ITableReader
{
    private readonly StreamReader text;
    private readonly CsvDataReader csv;

    private CsvTableReader(StreamReader text, CsvDataReader csv)
    {
        this.text = text;
        this.csv = csv;
    }

    public int RowNumber { get; private set; }

    public int CellCount => csv.RowFieldCount;

    public static CsvTableReader Open(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var encoding = TextEncodingDetector.Detect(stream);
        var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = ',',
            BufferSize = 1 << 16,
            StringFactory = new RepeatedStringCache().Get,
        };
        try
        {
            return new CsvTableReader(text, CsvDataReader.Create(text, options));
        }
        catch (CsvFormatException ex)
        {
            text.Dispose();
            throw new UnreadableFileException($"the file is not readable as CSV ({ex.Message})", ex);
        }
    }

    public bool Read()
    {
        try
        {
            // Sylvan treats the first record as data when HasHeaders is false; an empty file has none.
            if (!csv.Read())
            {
                return false;
            }
        }
        catch (CsvFormatException ex)
        {
            throw new UnreadableFileException($"row {RowNumber + 1} is not valid CSV: {ex.Message}", ex);
        }

        RowNumber = csv.RowNumber;
        return true;
    }

    public CellValue GetCell(int column) =>
        column < csv.RowFieldCount ? new CellValue(csv.GetString(column)) : CellValue.Empty;

    public void Dispose()
    {
        csv.Dispose();
        text.Dispose();
    }
}

using System.Globalization;
using Sylvan.Data.Csv;

namespace ScrutinyReports.Ingestion.Tables;

/// <summary>
/// Reads a CSV file (comma-separated, RFC 4180 quoting, CRLF or LF) row by row as a spreadsheet would show it:
/// every cell is text, and rows may have different numbers of cells (title rows above a header).
/// A row longer than <see cref="MaxRowLength"/> characters or wider than <see cref="MaxColumns"/> cells makes the
/// file unreadable: no table of figures has such rows, and holding one would take the memory of many uploads.
/// The caller owns the stream.
/// </summary>
public sealed class CsvTableReader : ITableReader
{
    /// <summary>The most characters one row (record) may hold, quoted line breaks included.</summary>
    public const int MaxRowLength = 1 << 20;

    /// <summary>The most cells one row may have: Excel's limit (column XFD).</summary>
    public const int MaxColumns = 16_384;

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
            MaxBufferSize = MaxRowLength,
            StringFactory = new RepeatedStringCache().Get,
        };
        try
        {
            return new CsvTableReader(text, CsvDataReader.Create(text, options));
        }
        catch (CsvRecordTooLargeException ex)
        {
            // Sylvan reads the first record as it opens.
            text.Dispose();
            throw TooLong(1, ex);
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
        catch (CsvRecordTooLargeException ex)
        {
            throw TooLong(RowNumber + 1, ex);
        }
        catch (CsvFormatException ex)
        {
            throw new UnreadableFileException($"row {RowNumber + 1} is not valid CSV: {ex.Message}", ex);
        }

        RowNumber = csv.RowNumber;
        if (csv.RowFieldCount > MaxColumns)
        {
            throw new UnreadableFileException(string.Create(CultureInfo.InvariantCulture,
                $"row {RowNumber} has {csv.RowFieldCount:N0} columns; a row may have at most {MaxColumns:N0} (as in Excel)"));
        }

        return true;
    }

    private static UnreadableFileException TooLong(int row, Exception inner) => new(string.Create(CultureInfo.InvariantCulture,
        $"row {row} is longer than {MaxRowLength:N0} characters, the most a row may hold; expected a table of figures (is this the right file?)"), inner);

    public CellValue GetCell(int column) =>
        column < csv.RowFieldCount ? new CellValue(csv.GetString(column)) : CellValue.Empty;

    public void Dispose()
    {
        csv.Dispose();
        text.Dispose();
    }
}

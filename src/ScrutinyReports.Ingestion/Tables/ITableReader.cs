namespace ScrutinyReports.Ingestion.Tables;

/// <summary>
/// Reads a worksheet or CSV file one row at a time, forward only, holding only the current row in memory.
/// Not thread-safe. Throws <see cref="UnreadableFileException"/> when the file cannot be read at all.
/// </summary>
public interface ITableReader : IDisposable
{
    /// <summary>Advances to the next row; rows with no content may be returned and have no cells.</summary>
    bool Read();

    /// <summary>The current row's number as the spreadsheet shows it, starting at 1.</summary>
    int RowNumber { get; }

    /// <summary>How many cells the current row has; cells past this are blank.</summary>
    int CellCount { get; }

    /// <summary>The cell at a zero-based column index (column A is 0); blank past <see cref="CellCount"/>.</summary>
    CellValue GetCell(int column);
}

using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Tables;

/// <summary>
/// The known columns one header row names, by key. Two headings with the same key ("value" and "Value", or
/// "indicator" and "Indicator ID") leave it unclear which column to read; they are kept as repeats so that the
/// caller, once it knows this row is the header, can refuse them naming both columns.
/// </summary>
public sealed class HeaderColumns
{
    private readonly Dictionary<string, UploadColumn> columns = new(StringComparer.Ordinal);
    private readonly List<(UploadColumn First, UploadColumn Repeat)> repeats = [];

    private HeaderColumns(int row)
    {
        Row = row;
    }

    public int Row { get; }

    public IReadOnlyDictionary<string, UploadColumn> Columns => columns;

    /// <param name="keyOf">The key a normalised heading stands for, or null for a heading the reader does not know.</param>
    public static HeaderColumns Read(ITableReader table, Func<string, string?> keyOf)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(keyOf);
        var header = new HeaderColumns(table.RowNumber);
        for (var i = 0; i < table.CellCount; i++)
        {
            var cell = table.GetCell(i);
            if (keyOf(HeaderName.Normalise(cell.Text)) is not { } key)
            {
                continue;
            }

            var column = new UploadColumn(i, cell);
            if (!header.columns.TryAdd(key, column))
            {
                header.repeats.Add((header.columns[key], column));
            }
        }

        return header;
    }

    public bool Has(string key) => columns.ContainsKey(key);

    /// <summary>Adds an error for each repeated heading, at the repeat; true when there were none.</summary>
    public bool CheckRepeats(string fileName, UploadDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var (first, repeat) in repeats)
        {
            diagnostics.Add(new UploadError(fileName, Row, repeat.Index, repeat.HeadingText,
                $"columns {ColumnName.FromIndex(first.Index)} ({Echo.Quote(first.HeadingText)}) and {ColumnName.FromIndex(repeat.Index)} ({Echo.Quote(repeat.HeadingText)}) " +
                "are the same column; expected each column once, so that it is clear which to read"));
        }

        return repeats.Count == 0;
    }
}

using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>
/// Streams the rows of an Explore Education Statistics "tidy" CSV file (UTF-8 with or without a byte-order mark,
/// quoted or bare empty cells) on top of <see cref="CsvTableReader"/>, one <see cref="EesRow"/> at a time. The first
/// row is the header and must name time_period and geographic_level. Blank rows are skipped. Not thread-safe; the
/// caller owns the stream, which must be seekable.
/// </summary>
public sealed class EesTidyCsvReader : IDisposable
{
    private readonly CsvTableReader table;
    private readonly EesHeader header;

    private EesTidyCsvReader(CsvTableReader table, EesHeader header)
    {
        this.table = table;
        this.header = header;
    }

    public IReadOnlyList<string> Columns => header.Names;

    /// <summary>Opens the file and reads its header; throws <see cref="UnreadableFileException"/> when it is not an EES tidy file.</summary>
    public static EesTidyCsvReader Open(Stream content)
    {
        var table = CsvTableReader.Open(content);
        try
        {
            if (!table.Read())
            {
                throw new UnreadableFileException("the file is empty; expected an Explore Education Statistics CSV with a header row");
            }

            var names = new string[table.CellCount];
            for (var i = 0; i < names.Length; i++)
            {
                // A byte-order mark the decoder did not take (a file saved twice) must not hide the first column's name.
                names[i] = table.GetCell(i).Text.Trim().TrimStart('\uFEFF');
            }

            var header = new EesHeader(names);
            foreach (var required in new[] { "time_period", "geographic_level" })
            {
                if (header.IndexOf(required) < 0)
                {
                    throw new UnreadableFileException($"the header has no {Echo.Quote(required)} column; expected an Explore Education Statistics tidy CSV (columns time_period, time_identifier, geographic_level, ...)");
                }
            }

            return new EesTidyCsvReader(table, header);
        }
        catch
        {
            table.Dispose();
            throw;
        }
    }

    public bool HasColumn(string name) => header.IndexOf(name) >= 0;

    /// <summary>The data rows in file order. Enumerate once: the rows are read from the stream as they are asked for.</summary>
    public IEnumerable<EesRow> ReadRows(CancellationToken cancellationToken = default)
    {
        while (table.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = new string[header.Count];
            var blank = true;
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = table.GetCell(i).Text.Trim();
                blank &= cells[i].Length == 0;
            }

            if (!blank)
            {
                yield return new EesRow(header, cells, table.RowNumber);
            }
        }
    }

    public void Dispose() => table.Dispose();
}

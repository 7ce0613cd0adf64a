using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>
/// Reads a DfE statistical neighbour file in either published wide layout, told apart by the header:
/// the 2025 model (<c>old_la_code, la_name, region_ind, region_name, SN_1, SN_1P, ..., SN_10, SN_10P</c>) and the
/// April 2021 groupings (<c>LA num, LA Name, LA number, GOInd, GOReg, SN1, SNP, SN2, SNP, ...</c>, where every
/// closeness column is headed SNP, so each is taken as the column after its neighbour). Blank rows are skipped; the
/// 2021 file's superseded authorities ("Dorset (Pre LG)") are kept under their own numbers.
/// Throws <see cref="UnreadableFileException"/> when the layout is neither, or an authority is listed twice.
/// </summary>
public static class StatisticalNeighbourModelReader
{
    private const int MaxNeighbours = 10;

    public static StatisticalNeighbourModel Read(Stream content, CancellationToken cancellationToken = default)
    {
        using var table = CsvTableReader.Open(content);
        if (!table.Read())
        {
            throw new UnreadableFileException("the statistical neighbour file is empty");
        }

        var layout = Layout.Find(table);
        var groups = new Dictionary<string, StatisticalNeighbourGroup>(StringComparer.Ordinal);
        while (table.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var code = Cell(table, layout.Code);
            if (code.Length == 0)
            {
                continue;
            }

            var neighbours = new List<StatisticalNeighbour>(MaxNeighbours);
            for (var rank = 1; rank <= layout.Neighbours.Count; rank++)
            {
                var column = layout.Neighbours[rank - 1];
                var neighbour = Cell(table, column);
                if (neighbour.Length > 0)
                {
                    neighbours.Add(new StatisticalNeighbour(rank, neighbour, Cell(table, column + 1)));
                }
            }

            var group = new StatisticalNeighbourGroup(code, Cell(table, layout.Name), Cell(table, layout.Region), neighbours);
            if (!groups.TryAdd(code, group))
            {
                throw new UnreadableFileException($"row {table.RowNumber}: authority {code} is listed twice; expected one row per authority");
            }
        }

        return new StatisticalNeighbourModel(groups);
    }

    private static string Cell(CsvTableReader table, int column) => column < 0 ? string.Empty : table.GetCell(column).Text.Trim();

    private sealed record Layout(int Code, int Name, int Region, IReadOnlyList<int> Neighbours)
    {
        public static Layout Find(CsvTableReader table)
        {
            var keys = Enumerable.Range(0, table.CellCount).Select(i => HeaderName.Normalise(table.GetCell(i).Text)).ToList();
            var code = First(keys, "old_la_code", "la_num");
            var neighbours = new List<int>(MaxNeighbours);
            for (var rank = 1; rank <= MaxNeighbours; rank++)
            {
                var column = First(keys, $"sn_{rank}", $"sn{rank}");
                if (column < 0)
                {
                    break;
                }

                neighbours.Add(column);
            }

            if (code < 0 || neighbours.Count == 0)
            {
                throw new UnreadableFileException("the header is not a statistical neighbour layout; expected old_la_code with SN_1 to SN_10 (2025 model) or LA num with SN1 to SN10 (April 2021 groupings)");
            }

            return new Layout(code, First(keys, "la_name"), First(keys, "region_name", "goreg"), neighbours);
        }

        private static int First(List<string> keys, params string[] names) =>
            names.Select(name => keys.IndexOf(name)).FirstOrDefault(i => i >= 0, -1);
    }
}

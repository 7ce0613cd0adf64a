using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Ingestion.Uploads;

/// <summary>
/// Finds the header row, which may sit below title rows, and decides between long and wide format.
/// Reads forward from the reader's position and leaves it on the header row.
/// </summary>
internal static class UploadLayoutDetector
{
    public const int RowsSearched = 50;

    private static readonly string[] LongRequired = ["indicator", "period", "value"];

    private static readonly HashSet<string> LongOptional = new(StringComparer.Ordinal)
    {
        "numerator", "denominator", "status", "commentary", "breakdown", "comparator",
    };

    /// <summary>A sheet fits when it has a header row, even one with mistakes: those are then reported against it.</summary>
    public static SheetLayout SheetLayout { get; } = new(
        "the headings of an upload (indicator, period and value columns, or an indicator column followed by one column per period)",
        table =>
        {
            var trial = new UploadDiagnostics();
            return Detect(table, string.Empty, trial) is not null || trial.Errors.Any(error => error.Row is not null);
        });

    public static UploadLayout? Detect(ITableReader table, string fileName, UploadDiagnostics diagnostics)
    {
        var seenContent = false;
        for (var searched = 0; searched < RowsSearched && table.Read();)
        {
            var cells = Enumerable.Range(0, table.CellCount).Select(i => new UploadColumn(i, table.GetCell(i))).Where(c => !c.Heading.IsBlank).ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            seenContent = true;
            searched++;
            var header = HeaderColumns.Read(table, key => Canonical(key) is var canonical && (LongRequired.Contains(canonical) || LongOptional.Contains(canonical)) ? canonical : null);
            if (header.Columns.GetValueOrDefault("indicator") is not { } indicator)
            {
                continue;
            }

            header.CheckRepeats(fileName, diagnostics);
            var named = new Dictionary<string, UploadColumn>(header.Columns, StringComparer.Ordinal);
            if (named.ContainsKey("period") || named.ContainsKey("value"))
            {
                foreach (var missing in LongRequired.Where(key => !named.ContainsKey(key)))
                {
                    diagnostics.Add(new UploadError(fileName, table.RowNumber, null, null,
                        $"missing required column {Echo.Quote(missing)}; a long-format header row needs indicator, period and value (it has: {string.Join(", ", cells.Select(c => Echo.Plain(c.HeadingText)))})"));
                }

                return diagnostics.HasErrors ? null : UploadLayout.Long(table.RowNumber, named);
            }

            var after = cells.Where(c => c.Index > indicator.Index && Canonical(HeaderName.Normalise(c.Heading.Text)) != "indicator").ToList();
            var periods = after.Where(c => UploadLayout.LooksLikePeriod(c.Heading)).ToList();
            if (periods.Count == 0)
            {
                continue;
            }

            foreach (var other in after.Except(periods))
            {
                if (!UploadLayout.DescriptiveHeadings.Contains(HeaderName.Normalise(other.Heading.Text)))
                {
                    diagnostics.Add(new UploadError(fileName, table.RowNumber, other.Index, other.HeadingText,
                        "expected a period heading (such as Sep-19, 2019-20 Q2 or 2019/20) or a descriptive column (name, description, target, notes)"));
                }
            }

            return diagnostics.HasErrors ? null : UploadLayout.Wide(table.RowNumber, indicator, periods);
        }

        diagnostics.Add(new UploadError(fileName, null, null, null, seenContent
            ? $"no header row found in the first {RowsSearched} rows; expected columns indicator, period and value (long format), or an indicator column followed by one column per period (wide format)"
            : "the file is empty; expected a header row and at least one row of figures"));
        return null;
    }

    private static string Canonical(string key) =>
        UploadLayout.IndicatorHeadings.Contains(key) ? "indicator" : key;
}

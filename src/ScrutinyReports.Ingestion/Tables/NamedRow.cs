using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Tables;

/// <summary>
/// The row a reader stands on in a table whose columns are named by its header: cells read by column key, and
/// errors located by row, column letter and the heading as the spreadsheet shows it. A named cell holding a
/// formula with no calculated value fails the row as it is made.
/// </summary>
public class NamedRow
{
    private readonly ITableReader table;
    private readonly IReadOnlyDictionary<string, UploadColumn> columns;
    private readonly string fileName;
    private readonly UploadDiagnostics diagnostics;

    public NamedRow(ITableReader table, IReadOnlyDictionary<string, UploadColumn> columns, string fileName, UploadDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        this.table = table;
        this.columns = columns;
        this.fileName = fileName;
        this.diagnostics = diagnostics;
        foreach (var (key, column) in columns)
        {
            if (table.GetCell(column.Index).UncalculatedProblem is { } problem)
            {
                Fail(key, problem);
            }
        }
    }

    public bool Failed { get; private set; }

    public int RowNumber => table.RowNumber;

    public bool IsBlank => !Failed && columns.Keys.All(key => Text(key).Length == 0);

    public void Fail(string key, string message)
    {
        Failed = true;
        var column = columns.GetValueOrDefault(key);
        diagnostics.Add(new UploadError(fileName, table.RowNumber, column?.Index, column?.HeadingText, message));
    }

    /// <summary>The cell's text, cleaned; empty when the column is absent.</summary>
    public string Text(string key) =>
        columns.TryGetValue(key, out var column) ? Clean(table.GetCell(column.Index).Text) : string.Empty;

    protected virtual string Clean(string text) => text.Trim();
}

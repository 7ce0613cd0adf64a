using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Tables;

/// <summary>Finds the columns a table's first row names, by normalised heading ("Email address" is email_address).</summary>
public static class NamedColumns
{
    /// <param name="what">What the file is, for the messages: "the subscriber list".</param>
    /// <returns>The columns by key, or null (with the errors added) when the table is empty or a required column is missing.</returns>
    public static Dictionary<string, UploadColumn>? ReadHeader(ITableReader table, string fileName, UploadDiagnostics diagnostics,
        IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional, string what)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(optional);
        var expected = string.Join(", ", required);
        if (!table.Read())
        {
            diagnostics.Add(new UploadError(fileName, null, null, null, $"{what} is empty; expected a header row with {expected}"));
            return null;
        }

        var columns = new Dictionary<string, UploadColumn>(StringComparer.Ordinal);
        for (var i = 0; i < table.CellCount; i++)
        {
            var key = HeaderName.Normalise(table.GetCell(i).Text);
            if ((required.Contains(key) || optional.Contains(key)) && !columns.ContainsKey(key))
            {
                columns[key] = new UploadColumn(i, table.GetCell(i));
            }
        }

        foreach (var missing in required.Where(key => !columns.ContainsKey(key)))
        {
            diagnostics.Add(new UploadError(fileName, table.RowNumber, null, null, $"missing required column \"{missing}\"; {what} needs {expected}"));
        }

        return diagnostics.HasErrors ? null : columns;
    }
}

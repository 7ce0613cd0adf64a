using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Tables;

/// <summary>Finds the columns a table's first row names, by normalised heading ("Email address" is email_address).</summary>
public static class NamedColumns
{
    /// <summary>A sheet fits when its first row names every required column.</summary>
    /// <param name="what">What the file is, for the messages: "the subscriber list".</param>
    public static SheetLayout Layout(IReadOnlyCollection<string> required, string what)
    {
        ArgumentNullException.ThrowIfNull(required);
        return new SheetLayout($"the headings of {what} ({string.Join(", ", required)})",
            table => table.Read() && required.All(HeaderColumns.Read(table, key => required.Contains(key) ? key : null).Has));
    }

    /// <param name="what">What the file is, for the messages: "the subscriber list".</param>
    /// <returns>
    /// The columns by key, or null (with the errors added) when the table is empty, a required column is missing,
    /// or a column is named twice.
    /// </returns>
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

        var header = HeaderColumns.Read(table, key => required.Contains(key) || optional.Contains(key) ? key : null);
        header.CheckRepeats(fileName, diagnostics);
        foreach (var missing in required.Where(key => !header.Has(key)))
        {
            diagnostics.Add(new UploadError(fileName, table.RowNumber, null, null, $"missing required column {Echo.Quote(missing)}; {what} needs {expected}"));
        }

        return diagnostics.HasErrors ? null : new Dictionary<string, UploadColumn>(header.Columns, StringComparer.Ordinal);
    }
}

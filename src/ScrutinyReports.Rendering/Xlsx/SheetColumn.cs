using SpreadCheetah.Worksheets;

namespace ScrutinyReports.Rendering.Xlsx;

/// <summary>A column's header and width (in characters of the standard font).</summary>
internal sealed record SheetColumn(string Header, double Width)
{
    /// <summary>Options for a sheet of these columns with its header row frozen.</summary>
    public static WorksheetOptions Options(IReadOnlyList<SheetColumn> columns, bool freezeHeader = true)
    {
        var options = new WorksheetOptions { FrozenRows = freezeHeader ? 1 : null };
        for (var i = 0; i < columns.Count; i++)
        {
            options.Column(i + 1).Width = columns[i].Width;
        }

        return options;
    }

    public static string[] Headers(IReadOnlyList<SheetColumn> columns) => [.. columns.Select(column => column.Header)];
}

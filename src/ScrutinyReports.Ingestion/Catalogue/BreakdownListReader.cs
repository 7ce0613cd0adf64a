using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Ingestion.Tables;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Catalogue;

/// <summary>
/// Reads a council's declared breakdowns (CSV or XLSX): columns dimension and category, one row per category, and
/// optionally <c>optional</c> (yes for a category a complete set may leave out). A dimension's rows make its list, in
/// file order. Returns every dimension or, when any row is wrong, the located errors and none.
/// </summary>
public static class BreakdownListReader
{
    public static readonly string[] Required = ["dimension", "category"];
    private static readonly string[] Optional = ["optional"];
    private const string What = "the breakdown list";

    /// <summary>The most categories one dimension may declare.</summary>
    public const int MaxCategories = 1_000;

    /// <summary>The most dimensions one list may declare.</summary>
    public const int MaxDimensions = 50;

    /// <summary>The headings that make a file a breakdown list rather than indicator definitions.</summary>
    public static SheetLayout Layout { get; } = NamedColumns.Layout(Required, What);

    /// <summary>
    /// True when the file's first row (of its one fitting sheet, in a workbook) names dimension and category: a breakdown
    /// list, not indicator definitions. Leaves the stream where it was.
    /// </summary>
    public static bool IsBreakdownList(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = content.Position;
        try
        {
            using var table = TableReaderFactory.TryOpen(content, fileName, new UploadDiagnostics(), Layout);
            return table is not null && table.Read() && Required.All(HeaderColumns.Read(table, key => Required.Contains(key) ? key : null).Has);
        }
        catch (UnreadableFileException)
        {
            return false;
        }
        finally
        {
            content.Position = start;
        }
    }

    public static IReadOnlyList<BreakdownDimension> Read(Stream content, string fileName, UploadDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        using var table = TableReaderFactory.TryOpen(content, fileName, diagnostics, Layout);
        if (table is null)
        {
            return [];
        }

        var columns = NamedColumns.ReadHeader(table, fileName, diagnostics, Required, Optional, What);
        if (columns is null)
        {
            return [];
        }

        var lists = new Dictionary<string, List<(BreakdownCategory Category, int Row)>>(StringComparer.Ordinal);
        while (table.Read())
        {
            var row = new NamedRow(table, columns, fileName, diagnostics);
            if (row.Failed || row.IsBlank)
            {
                continue;
            }

            var dimension = row.Text("dimension").ToLowerInvariant();
            var name = row.Text("category");
            var optionalText = row.Text("optional").ToLowerInvariant();
            if (!BreakdownText.IsDimensionName(dimension))
            {
                row.Fail("dimension", $"expected a dimension name of letters, digits and underscores starting with a letter, at most {Breakdown.MaxDimensionLength} characters (such as team, locality, ward); found {Echo.Quote(row.Text("dimension"))}");
            }

            if (name.Length == 0 || name.Contains('=', StringComparison.Ordinal) || name.Length > UploadReader.MaxNameLength)
            {
                row.Fail("category", name.Length > UploadReader.MaxNameLength
                    ? Echo.TooLong(name, UploadReader.MaxNameLength)
                    : $"expected a category name without =; found {(name.Length == 0 ? "a blank" : Echo.Quote(name))}");
            }

            if (optionalText is not ("" or "yes" or "no" or "y" or "n" or "true" or "false"))
            {
                row.Fail("optional", $"expected yes (a complete set may leave this category out), no, or blank for no; found {Echo.Quote(row.Text("optional"))}");
            }

            if (row.Failed)
            {
                continue;
            }

            if (!lists.ContainsKey(dimension) && lists.Count == MaxDimensions)
            {
                row.Fail("dimension", $"the list declares more than {MaxDimensions} dimensions; expected at most {MaxDimensions}");
                continue;
            }

            var list = lists.TryGetValue(dimension, out var found) ? found : lists[dimension] = [];
            var category = new BreakdownCategory(name, optionalText is "yes" or "y" or "true");
            if (list.FirstOrDefault(c => c.Category.IsNamedBy(name)) is { Category: not null } first)
            {
                row.Fail("category", $"{dimension} {Echo.Quote(name)} is listed twice, first in row {first.Row} ({Echo.Quote(first.Category.Name)}); expected each category once (any case)");
                continue;
            }

            if (list.Count == MaxCategories)
            {
                row.Fail("category", $"{dimension} declares more than {MaxCategories:N0} categories; expected at most {MaxCategories:N0}");
                continue;
            }

            list.Add((category, row.RowNumber));
        }

        if (lists.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Add(new UploadError(fileName, null, null, null, "the breakdown list declares no categories; expected one row per category below the header"));
        }

        return diagnostics.HasErrors ? [] : lists.Select(pair => new BreakdownDimension(pair.Key, pair.Value.Select(c => c.Category))).ToList();
    }
}

using ScrutinyReports.Ingestion.Excel;
using ScrutinyReports.Ingestion.Tables;
using ScrutinyReports.Testing;

namespace ScrutinyReports.Ingestion.Tests.Excel;

/// <summary>Reads built workbooks back through <see cref="XlsxTableReader"/> so tests can compare what came out.</summary>
internal static class ReadBack
{
    /// <summary>The value read from A1 of a one-cell workbook.</summary>
    public static CellValue Cell(XlsxCell cell, bool uses1904DateSystem = false)
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("Sheet1", s => s.Cell("A1", cell));
        if (uses1904DateSystem)
        {
            workbook.Use1904DateSystem();
        }

        var rows = Rows(workbook.ToBytes());
        return Assert.Single(Assert.Single(rows).Cells);
    }

    public static List<SheetRow> Rows(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        using var reader = XlsxTableReader.Open(stream);
        var rows = new List<SheetRow>();
        while (reader.Read())
        {
            rows.Add(new SheetRow(reader.RowNumber, [.. Enumerable.Range(0, reader.CellCount).Select(reader.GetCell)]));
        }

        return rows;
    }

    public static List<SheetRow> Rows(XlsxWorkbookBuilder workbook) => Rows(workbook.ToBytes());
}

internal sealed record SheetRow(int Number, IReadOnlyList<CellValue> Cells)
{
    public IEnumerable<string> Texts => Cells.Select(c => c.Text);
}

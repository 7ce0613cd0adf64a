using System.Globalization;
using System.IO.Compression;
using ScrutinyReports.Ingestion.Excel;
using ScrutinyReports.Testing;

namespace ScrutinyReports.Ingestion.Tests.Excel;

/// <summary>Measures process-wide memory, so it runs on its own rather than alongside other tests.</summary>
[CollectionDefinition(nameof(XlsxMemoryMeasurement), DisableParallelization = true)]
public sealed class XlsxMemoryMeasurement;

[Collection(nameof(XlsxMemoryMeasurement))]
public sealed class XlsxTableReaderStreamingTests
{
    private const int RowCount = 200_000;
    private static readonly string[] Areas = ["North", "South", "East", "West", "Central"];

    [Fact]
    public void Read_LargeSheet_HoldsFarLessThanTheSheetInMemory()
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("Data", s => s
            .SharedString("A1", "Area").SharedString("B1", "Month").SharedString("C1", "Rate").SharedString("D1", "Count")
            .GeneratedRows(2, RowCount, row =>
            [
                XlsxCell.SharedString(Areas[row % Areas.Length]),
                XlsxCell.Date(new DateOnly(2019, 1, 1).AddMonths(row % 60), "mmm-yy"),
                XlsxCell.Number(row % 100 / 100.0, "0%"),
                XlsxCell.Number(row, "#,##0"),
            ])).ToBytes();
        var sheetBytes = UncompressedSheetSize(workbook);

        using var stream = new MemoryStream(workbook);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var peak = 0L;
        var rows = 0;
        var lastRowNumber = 0;
        using (var reader = XlsxTableReader.Open(stream))
        {
            while (reader.Read())
            {
                rows++;
                lastRowNumber = reader.RowNumber;
                if (rows % 25_000 == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - before);
                    Assert.Equal(4, reader.CellCount);
                    Assert.Equal(reader.RowNumber.ToString("#,##0", CultureInfo.InvariantCulture), reader.GetCell(3).Text);
                }
            }
        }

        Assert.Equal(RowCount + 1, rows);
        Assert.Equal(RowCount + 1, lastRowNumber);
        Assert.True(sheetBytes > 20_000_000, $"the test sheet should be large; it is {sheetBytes:N0} bytes");
        Assert.True(peak < sheetBytes / 10, $"reading held {peak:N0} bytes for a {sheetBytes:N0}-byte sheet");
    }

    private static long UncompressedSheetSize(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        return zip.Entries.Where(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal)).Sum(e => e.Length);
    }
}

using System.Text;
using ScrutinyReports.Ingestion.Tables;
using static ScrutinyReports.Ingestion.Tests.TestCatalogue;

namespace ScrutinyReports.Ingestion.Tests.Hostile;

/// <summary>A row too long or too wide to be a table (generated here, never committed) is refused in the product's words.</summary>
public sealed class OversizedCsvTests
{
    private const string Header = "indicator,period,value\n";

    [Fact]
    public void Read_FiftyMegabyteLine_NamesTheRowAndTheLimit()
    {
        var csv = Header + "CLA_COUNT,2019-09,588\nCLA_COUNT,2019-10," + new string('9', 50_000_000) + "\n";

        var (observations, diagnostics) = ReadCsv(csv, "scorecard.csv");

        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal("scorecard.csv: row 3 is longer than 1,048,576 characters, the most a row may hold; expected a table of figures (is this the right file?)", error.ToString());
        Assert.DoesNotContain("MaxBufferSize", error.Message, StringComparison.Ordinal);
        Assert.Single(observations);
    }

    [Fact]
    public void Read_OversizedFirstRow_IsRowOne()
    {
        var (_, diagnostics) = ReadCsv(new string('x', 2_000_000) + "\n" + Header, "scorecard.csv");

        Assert.StartsWith("scorecard.csv: row 1 is longer than 1,048,576 characters", Assert.Single(diagnostics.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MillionColumns_NamesTheRowAndTheLimit()
    {
        var csv = Header + "CLA_COUNT,2019-09,588" + string.Concat(Enumerable.Repeat(",", 1_000_000)) + "\n";

        var (_, diagnostics) = ReadCsv(csv, "scorecard.csv");

        Assert.Equal("scorecard.csv: row 2 has 1,000,003 columns; a row may have at most 16,384 (as in Excel)", Assert.Single(diagnostics.Errors).ToString());
    }

    [Fact]
    public void Read_MoreColumnsThanExcelHas_NamesTheRowAndTheLimit()
    {
        var csv = Header + "CLA_COUNT,2019-09,588" + string.Concat(Enumerable.Repeat(",1", 20_000)) + "\n";

        var (_, diagnostics) = ReadCsv(csv, "scorecard.csv");

        Assert.Equal("scorecard.csv: row 2 has 20,003 columns; a row may have at most 16,384 (as in Excel)", Assert.Single(diagnostics.Errors).ToString());
    }

    [Fact]
    public void Read_LongButAllowedRow_IsRead()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("a," + new string('y', 900_000) + "\n"));
        using var table = CsvTableReader.Open(stream);

        Assert.True(table.Read());
        Assert.Equal(900_000, table.GetCell(1).Text.Length);
    }
}

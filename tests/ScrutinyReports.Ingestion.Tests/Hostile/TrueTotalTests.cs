using System.Text;
using static ScrutinyReports.Ingestion.Tests.TestCatalogue;

namespace ScrutinyReports.Ingestion.Tests.Hostile;

/// <summary>A file with thousands of errors lists the first 200 and counts every one, with thousands separators.</summary>
public sealed class TrueTotalTests
{
    [Fact]
    public void Read_TenThousandBadRows_CountsEveryErrorAndSaysHowManyMore()
    {
        var csv = new StringBuilder("indicator,period,value\n");
        for (var i = 0; i < 10_000; i++)
        {
            csv.Append("CLA_COUNT,2019-09,five\n");
        }

        var (_, diagnostics) = ReadCsv(csv.ToString(), "big.csv");

        Assert.Equal(10_000, diagnostics.ErrorCount);
        Assert.Equal(200, diagnostics.Errors.Count);
        Assert.Equal("... and 9,800 more errors like these", diagnostics.Lines().Last());
    }
}

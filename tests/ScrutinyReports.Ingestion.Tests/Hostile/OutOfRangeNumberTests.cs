using ScrutinyReports.Testing;
using static ScrutinyReports.Ingestion.Tests.TestCatalogue;

namespace ScrutinyReports.Ingestion.Tests.Hostile;

/// <summary>Numbers too large to be a figure (1E+300 overflows the decimal type) are located errors that say the range.</summary>
public sealed class OutOfRangeNumberTests
{
    private const string Range = "a number between -1,000,000,000,000 and 1,000,000,000,000";

    [Theory]
    [InlineData(1e300)]
    [InlineData(-1e300)]
    [InlineData(1e29)]
    [InlineData(2e12)]
    public void Read_WorkbookValueOutOfRange_IsAnErrorAtTheCell(double value)
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("Data", s => s
            .SharedString("A1", "indicator").SharedString("B1", "period").SharedString("C1", "value")
            .SharedString("A2", "SDQ_AVG").SharedString("B2", "2019/20").Number("C2", value, "#,##0"));

        var (observations, diagnostics) = Read(workbook.ToBytes(), "scorecard.xlsx");

        Assert.Empty(observations);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal((2, "C"), (error.Row, error.ColumnLetter));
        Assert.Contains("expected " + Range, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WorkbookNumeratorOutOfRange_SaysTheRange()
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("Data", s => s
            .SharedString("A1", "indicator").SharedString("B1", "period").SharedString("C1", "value").SharedString("D1", "numerator").SharedString("E1", "denominator")
            .SharedString("A2", "CIN_SEEN_5D").SharedString("B2", "2019-09").Number("C2", 77.5).Number("D2", 1e300).Number("E2", 400));

        var (_, diagnostics) = Read(workbook.ToBytes(), "scorecard.xlsx");

        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal((2, "D"), (error.Row, error.ColumnLetter));
        Assert.Contains("expected the numerator as " + Range, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WorkbookTinyNumber_IsAFigure()
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("Data", s => s
            .SharedString("A1", "indicator").SharedString("B1", "period").SharedString("C1", "value")
            .SharedString("A2", "SDQ_AVG").SharedString("B2", "2019/20").Number("C2", 1e-300));

        var (observations, diagnostics) = Read(workbook.ToBytes(), "scorecard.xlsx");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(0m, Assert.Single(observations).Value);
    }

    [Theory]
    [InlineData("1E+300")]
    [InlineData("-1E+300")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("\"2,000,000,000,000\"")]
    [InlineData("1000000000000.5")]
    public void Read_CsvValueOutOfRange_IsAnErrorAtTheCell(string value)
    {
        var (observations, diagnostics) = ReadCsv($"indicator,period,value\nSDQ_AVG,2019/20,{value}\n", "scorecard.csv");

        Assert.Empty(observations);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal((2, "C"), (error.Row, error.ColumnLetter));
        Assert.Contains("expected " + Range, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1E-300", 0)]
    [InlineData("1000000000000", 1_000_000_000_000)]
    [InlineData("-1000000000000", -1_000_000_000_000)]
    public void Read_CsvValueAtTheLimits_IsAFigure(string value, decimal expected)
    {
        var (observations, diagnostics) = ReadCsv($"indicator,period,value\nSDQ_AVG,2019/20,{value}\n", "scorecard.csv");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(expected, Assert.Single(observations).Value);
    }
}

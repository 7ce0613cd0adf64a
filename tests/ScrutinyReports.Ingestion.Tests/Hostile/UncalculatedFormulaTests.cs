using ScrutinyReports.Testing;
using static ScrutinyReports.Ingestion.Tests.TestCatalogue;

namespace ScrutinyReports.Ingestion.Tests.Hostile;

/// <summary>A formula Excel never calculated has no value to read: it is an error at its cell, never a blank.</summary>
public sealed class UncalculatedFormulaTests
{
    private const string Advice = "open and save the workbook in Excel so the value is calculated";

    [Fact]
    public void Read_LongFormatValueWithNoCachedResult_IsAnErrorAtTheCell()
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("Data", s => s
            .SharedString("A1", "indicator").SharedString("B1", "period").SharedString("C1", "value")
            .SharedString("A2", "CLA_COUNT").SharedString("B2", "2019-09").UncalculatedFormula("C2", "SUM(D2:F2)"));

        var (observations, diagnostics) = Read(workbook.ToBytes(), "scorecard.xlsx");

        Assert.Empty(observations);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal((2, "C", "value"), (error.Row, error.ColumnLetter, error.Header));
        Assert.Contains("=SUM(D2:F2)", error.Message, StringComparison.Ordinal);
        Assert.Contains(Advice, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WideFormatFigureWithNoCachedResult_IsNotSkippedAsBlank()
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("Data", s => s
            .SharedString("A1", "indicator").SharedString("B1", "Sep-19").SharedString("C1", "Oct-19")
            .SharedString("A2", "CLA_COUNT").Number("B2", 580).UncalculatedFormula("C2", "B2+8"));

        var (_, diagnostics) = Read(workbook.ToBytes(), "scorecard.xlsx");

        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal((2, "C", "Oct-19"), (error.Row, error.ColumnLetter, error.Header));
        Assert.Contains(Advice, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IndicatorWithNoCachedResult_SaysFormulaNotBlank()
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("Data", s => s
            .SharedString("A1", "indicator").SharedString("B1", "period").SharedString("C1", "value")
            .UncalculatedFormula("A2", "Lookup!A2").SharedString("B2", "2019-09").Number("C2", 588));

        var (_, diagnostics) = Read(workbook.ToBytes(), "scorecard.xlsx");

        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal((2, "A"), (error.Row, error.ColumnLetter));
        Assert.Contains(Advice, error.Message, StringComparison.Ordinal);
    }
}

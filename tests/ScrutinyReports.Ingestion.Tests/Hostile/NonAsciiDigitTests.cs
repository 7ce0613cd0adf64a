using ScrutinyReports.Testing;
using static ScrutinyReports.Ingestion.Tests.TestCatalogue;

namespace ScrutinyReports.Ingestion.Tests.Hostile;

/// <summary>Full-width and other non-ASCII digits (typed with a Japanese or Arabic keyboard) are located errors, never a crash.</summary>
public sealed class NonAsciiDigitTests
{
    public static TheoryData<string, string, int?, string?, string> Cases => new()
    {
        { "full-width period", "indicator,period,value\nCLA_COUNT,\uFF12\uFF10\uFF11\uFF19-09,588\n", 2, "B", "unreadable period \"\uFF12\uFF10\uFF11\uFF19-09\"" },
        { "Arabic-Indic year", "indicator,period,value\nCLA_COUNT,Sep-\u0661\u0669,588\n", 2, "B", "unreadable period" },
        { "Devanagari quarter", "indicator,period,value\nYJ_FTE,2019-20 Q\u0968,5\n", 2, "B", "unreadable period" },
        { "full-width value", "indicator,period,value\nCLA_COUNT,2019-09,\uFF15\uFF18\uFF18\n", 2, "C", "expected a number such as" },
        { "full-width suppression", "indicator,period,value\nCLA_COUNT,2019-09,<\uFF15\n", 2, "C", "expected a number such as" },
        { "full-width grouped number", "indicator,period,value\nCLA_COUNT,2019-09,\"\uFF11,\uFF12\uFF18\uFF13\"\n", 2, "C", "expected a number such as" },
        { "full-width wide heading", "indicator,Sep-19,\uFF12\uFF10\uFF11\uFF19-10\nCLA_COUNT,580,588\n", 1, "C", "expected a period heading" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_NonAsciiDigits_IsALocatedError(string scenario, string csv, int? row, string? column, string message)
    {
        var (observations, diagnostics) = ReadCsv(csv, "scorecard.csv");

        Assert.Empty(observations);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal((row, column), (error.Row, error.ColumnLetter));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.NotNull(scenario);
    }

    [Fact]
    public void Read_FullWidthMonthHeadingInAWorkbook_IsALocatedError()
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("Data", s => s
            .SharedString("A1", "indicator").SharedString("B1", "Sep-19").SharedString("C1", "Oct-\uFF11\uFF19")
            .SharedString("A2", "CLA_COUNT").Number("B2", 580).Number("C2", 588));

        var (_, diagnostics) = Read(workbook.ToBytes(), "scorecard.xlsx");

        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal((1, "C"), (error.Row, error.ColumnLetter));
    }
}

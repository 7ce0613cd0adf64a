using System.Globalization;
using ScrutinyReports.Testing;
using static ScrutinyReports.Ingestion.Tests.TestCatalogue;

namespace ScrutinyReports.Ingestion.Tests.Excel;

/// <summary>
/// Whole uploads in the shapes councils send: Excel dates as period headings, percentages stored as fractions,
/// thousands separators, custom formats with colours, conditions and literals. Pins every observation and every
/// error message, so that a change in how number formats are shown cannot slip through unnoticed.
/// </summary>
public sealed class NumberFormatWorkbookTests
{
    private static readonly DateOnly July = new(2019, 7, 31);
    private static readonly DateOnly August = new(2019, 8, 31);
    private static readonly DateOnly September = new(2019, 9, 30);

    [Theory]
    [InlineData("mmm-yy")]
    [InlineData("mmm yyyy")]
    [InlineData("[$-809]mmmm yyyy")]
    [InlineData("dd/mm/yyyy")]
    [InlineData("[$-F800]dddd, mmmm dd, yyyy")]
    public void Read_DateHeadingsInCustomFormat_GiveMonthlyPeriods(string headingFormat)
    {
        var workbook = WideSheet(s => s
            .Date("C1", July, headingFormat).Date("D1", August, headingFormat).Date("E1", September, headingFormat));

        var (observations, diagnostics) = Read(workbook.ToBytes(), "scorecard.xlsx");

        Assert.Equal([], diagnostics.Lines());
        Assert.Equal(Expected, Describe(observations));
    }

    [Theory]
    [InlineData(14)]
    [InlineData(17)]
    [InlineData(15)]
    public void Read_DateHeadingsInBuiltInFormat_GiveMonthlyPeriods(int headingFormatId)
    {
        var workbook = WideSheet(s => s
            .Date("C1", July, headingFormatId).Date("D1", August, headingFormatId).Date("E1", September, headingFormatId));

        var (observations, diagnostics) = Read(workbook.ToBytes(), "scorecard.xlsx");

        Assert.Equal([], diagnostics.Lines());
        Assert.Equal(Expected, Describe(observations));
    }

    [Fact]
    public void Read_CellsThatAreNotFigures_GiveTheSameErrorsAsBefore()
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("Data", s => s
            .SharedString("A1", "indicator").SharedString("B1", "name")
            .Date("C1", July, "mmm-yy").Date("D1", August, "mmm-yy").Date("E1", September, "mmm-yy")
            .SharedString("A2", "CLA_COUNT").SharedString("B2", "Looked after")
            .Number("C2", 0.71, 9).Number("D2", 590, "0\" children\"").Number("E2", 43738, 14)
            .SharedString("A3", "CIN_SEEN_5D").SharedString("B3", "Seen in 5 days")
            .Number("C3", 43738, "mmm-yy").Number("D3", 1.5, "h:mm AM/PM").Number("E3", -0.25, "[h]:mm")
            .SharedString("A4", "CLA_RATE").SharedString("B4", "Rate")
            .Number("C4", 0.5, "0.0%;[Red]-0.0%").Number("D4", 1234.5, "[Red][>1000]\"over \"#,##0;[Blue]0.0").Number("E4", 50, "# ?/?")
            .SharedString("A5", "CIN_SEEN_5D").SharedString("B5", "Out of range")
            .Number("C5", -12.5, "#,##0.0_);[Red](#,##0.0)").Number("D5", 150, "[Red][>100]\"over \"0;0.0").Number("E5", 1.5, "0.0%")
            .SharedString("A6", "CIN_SEEN_5D").SharedString("B6", "Out of range")
            .Number("C6", -3, 41).Number("D6", 1234567, "#,##0,\"k\"").Number("E6", 43738.99999999, "dd/mm/yyyy hh:mm"));

        var (_, diagnostics) = Read(workbook.ToBytes(), "scorecard.xlsx");

        Assert.Equal(ExpectedErrors, diagnostics.Lines());
    }

    private static readonly string[] Expected =
    [
        "CIN_SEEN_5D 2019-07 70.100 Validated", "CIN_SEEN_5D 2019-08 74.6300 Validated", "CIN_SEEN_5D 2019-09 77.500 Validated",
        "CLA_COUNT 2019-07 1001 Validated", "CLA_COUNT 2019-08 1590.4 Validated", "CLA_COUNT 2019-09 1588 Validated",
        "CLA_RATE 2019-07 61.25 Validated", "CLA_RATE 2019-08 62 Validated", "CLA_RATE 2019-09 1234.56 Validated",
    ];

    private static readonly string[] ExpectedErrors =
    [
        "scorecard.xlsx, row 2, column C (\"Jul-19\"): \"71%\" is a percentage but CLA_COUNT is measured in count; expected a plain number",
        "scorecard.xlsx, row 2, column E (\"Sep-19\"): expected a number such as 71.5, 1,283 or 71%, a suppression code (c, x, [c], *, <5) or N/A, TBC, Not yet available; the cell holds a date; found \"30/09/2019\"",
        "scorecard.xlsx, row 3, column C (\"Jul-19\"): expected a number such as 71.5, 1,283 or 71%, a suppression code (c, x, [c], *, <5) or N/A, TBC, Not yet available; the cell holds a date; found \"Sep-19\"",
        "scorecard.xlsx, row 3, column D (\"Aug-19\"): expected a number such as 71.5, 1,283 or 71%, a suppression code (c, x, [c], *, <5) or N/A, TBC, Not yet available; the cell holds a date; found \"12:00 PM\"",
        "scorecard.xlsx, row 3, column E (\"Sep-19\"): expected a percentage between 0 and 100 for CIN_SEEN_5D; found -0.25",
        "scorecard.xlsx, row 4, column C (\"Jul-19\"): \"50.0%\" is a percentage but CLA_RATE is measured in rate_per_10000; expected a plain number",
        "scorecard.xlsx, row 5, column C (\"Jul-19\"): expected a percentage between 0 and 100 for CIN_SEEN_5D; found -12.5",
        "scorecard.xlsx, row 5, column D (\"Aug-19\"): expected a percentage between 0 and 100 for CIN_SEEN_5D; found 150",
        "scorecard.xlsx, row 5, column E (\"Sep-19\"): expected a percentage between 0 and 100 for CIN_SEEN_5D; found 150.0",
        "scorecard.xlsx, row 6, column C (\"Jul-19\"): expected a percentage between 0 and 100 for CIN_SEEN_5D; found -3",
        "scorecard.xlsx, row 6, column D (\"Aug-19\"): expected a percentage between 0 and 100 for CIN_SEEN_5D; found 1234567",
        "scorecard.xlsx, row 6, column E (\"Sep-19\"): expected a number such as 71.5, 1,283 or 71%, a suppression code (c, x, [c], *, <5) or N/A, TBC, Not yet available; the cell holds a date; found \"01/10/2019 00:00\"",
    ];

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Read_EdgeCaseFormat_GivesTextAsBefore(string formatCode, double number, string text, bool isDate, bool isPercent)
    {
        var value = ReadBack.Cell(XlsxCell.Number(number, formatCode));

        Assert.Equal((text, isDate, isPercent), (value.Text, value.IsDate, value.IsPercent));
        Assert.Equal(number, value.Number);
    }

    public static TheoryData<string, double, string, bool, bool> EdgeCases => new()
    {
        { "[>100]0;0.0", 150, "150", false, false },
        { "[>100]0;0.0", 50, "50", false, false },
        { "[Red][<0]0.0;[Blue]0", -5, "5", false, false },
        { "[Red][>=1000]#,##0,\"k\";0", 500, "1k", false, false },
        { "[Color10]0.0%", 0.125, "12.5%", false, true },
        { "0.0;[Red]-0.0;\"nil\"", 0, "nil", false, false },
        { "0.0;[Red]-0.0;\"nil\"", -2.25, "-2.3", false, false },
        { "#,##0.0_);(#,##0.0)", -1234.56, "(1,234.6)", false, false },
        { "# ??/??", 3.25, "3.25", false, false },
        { "# ??0", 7, "7", false, false },
        { "??0.0?", 7.5, "7.5", false, false },
        { "#,##0", 1e27, "1E+27", false, false },
        { "#,##0", 123456789012345, "123,456,789,012,345", false, false },
        { "0.00E+00", -0.00123, "-1.23E-03", false, false },
        { "0%", -0.5, "-50%", false, true },
        { "0.0%", 0.0005, "0.1%", false, true },
        { "0.0%", 1e-20, "0.0%", false, true },
        { "dd/mm/yyyy", -1, "-1", true, false },
        { "dd/mm/yyyy", 3000000, "3000000", true, false },
        { "dd/mm/yyyy", 59, "28/02/1900", true, false },
        { "dd/mm/yyyy", 60, "29/02/1900", true, false },
        { "dd/mm/yyyy", 61, "01/03/1900", true, false },
        // Serials below 61 fall before Excel's phantom 29 February 1900; Excel shows 0.5 as 00/01/1900, 60 as 29/02/1900 and 0 as Jan-00.
        { "dd/mm/yyyy", 0.5, "00/01/1900", true, false },
        { "mmm-yy", 43738.99999999, "Oct-19", true, false },
        { "mmm-yy", 43738.9999999999, "Oct-19", true, false },
        { "hh:mm:ss.00", 0.500005, "12:00:00.43", true, false },
        { "h:mm:ss", 0.49999999, "12:00:00", true, false },
        // [$-F800] is the reader's own long date, which in the UK puts the day before the month.
        { "[$-F800]dddd, mmmm dd, yyyy", 43738, "Monday, 30 September 2019", true, false },
        { "[$-F400]h:mm:ss AM/PM", 0.75, "6:00:00 PM", true, false },
        { "[$-409]mmm-yy;@", 43738, "Sep-19", true, false },
        { "[$-en-GB]mmmm yyyy", 43738, "September 2019", true, false },
        { "yyyy\"-\"mm", 43738, "2019-09", true, false },
        { "mmm-yy", 0, "Jan-00", true, false },
        { "\"Q\"0", 3, "Q3", false, false },
        { "0\" of \"0", 3, "0 of 3", false, false },
        { "General;General;General", -3.5, "3.5", false, false },
        { "@;@", 5, "5", false, false },
        { "0;@", -5, "-5", false, false },
        { "0.0;\"neg\";\"zero\";@", -1, "neg", false, false },
        { "[h]:mm:ss", -0.5, "-0.5", false, false },
        { "[s]", 0.01, "864", false, false },
        { "mm:ss.0", 0.000123, "00:10.6", true, false },
        { "#,##0.00 \"£\"", 12, "12.00 £", false, false },
        { "[$€-1809]#,##0.00", 12, "€12.00", false, false },
        { "0.0 %", 0.5, "50.0 %", false, true },
        { "0%%", 0.5, "5000%%", false, true },
        { "General", 1e-5, "1E-05", false, false },
        { "General", -0.000123456789, "-0.000123457", false, false },
        { "General", 12345678901.5, "12345678902", false, false },
        { "#,##0_ ;[Red]\\-#,##0\\ ", -1283, "-1,283", false, false },
    };

    [Theory]
    [InlineData("0.0\"", 0.30000000000000004, "0.3")]
    [InlineData("[Red", 1234.5678, "1234.5678")]
    [InlineData("[>]0", 12, "12")]
    public void Read_MalformedFormatCode_GivesGeneralTextAndTheStoredNumber(string formatCode, double number, string text)
    {
        var value = ReadBack.Cell(XlsxCell.Number(number, formatCode));

        Assert.Equal(text, value.Text);
        Assert.Equal(number, value.Number);
    }

    /// <summary>Three indicators across three months, each figure in a different number format.</summary>
    private static XlsxWorkbookBuilder WideSheet(Action<XlsxSheetBuilder> headings) =>
        new XlsxWorkbookBuilder().Sheet("Data", s =>
        {
            s.SharedString("A1", "indicator").SharedString("B1", "name");
            headings(s);
            s.SharedString("A2", "CIN_SEEN_5D").SharedString("B2", "Seen in 5 days")
                .Number("C2", 0.701, 9).Number("D2", 0.7463, 10).Number("E2", 0.775, "0.0%");
            s.SharedString("A3", "CLA_COUNT").SharedString("B3", "Children looked after")
                .Number("C3", 1001, 3).Number("D3", 1590.4, 4).Number("E3", 1588, "#,##0;[Red](#,##0);\"-\"");
            s.SharedString("A4", "CLA_RATE").SharedString("B4", "Looked after per 10,000")
                .Number("C4", 61.25, "_-* #,##0.0_-;\\-* #,##0.0_-;_-* \"-\"??_-;_-@_-").Number("D4", 62, "[Blue]0.0\" per 10k\"").Number("E4", 1234.56, "#,##0.00_);[Red](#,##0.00)");
        });

    private static string[] Describe(IEnumerable<ScrutinyReports.Domain.Observations.Observation> observations) =>
        [.. observations.Select(o => $"{o.IndicatorId} {o.Period.Code} {o.Value?.ToString(CultureInfo.InvariantCulture)} {o.Status}")];
}

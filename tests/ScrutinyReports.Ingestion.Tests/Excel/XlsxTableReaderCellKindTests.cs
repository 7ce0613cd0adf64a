using ScrutinyReports.Testing;

namespace ScrutinyReports.Ingestion.Tests.Excel;

public sealed class XlsxTableReaderCellKindTests
{
    public static TheoryData<string, XlsxCell, string, double?> TextAndNumberCells => new()
    {
        { "shared string", XlsxCell.SharedString("Looked after children"), "Looked after children", null },
        { "shared string with spaces kept", XlsxCell.SharedString("  Rate per 10,000 "), "  Rate per 10,000 ", null },
        { "rich text runs joined", XlsxCell.RichString("Rate ", "per 10,000", " children"), "Rate per 10,000 children", null },
        { "inline string", XlsxCell.InlineString("Held in the cell"), "Held in the cell", null },
        { "escaped line feed", XlsxCell.SharedString("Two_x000A_lines"), "Two\nlines", null },
        { "whole number", XlsxCell.Number(1283), "1283", 1283 },
        { "fraction", XlsxCell.Number(0.5), "0.5", 0.5 },
        { "negative", XlsxCell.Number(-12.5), "-12.5", -12.5 },
        { "boolean true", XlsxCell.Boolean(true), "TRUE", null },
        { "boolean false", XlsxCell.Boolean(false), "FALSE", null },
        { "error #N/A", XlsxCell.Error("#N/A"), "#N/A", null },
        { "error #DIV/0!", XlsxCell.Error("#DIV/0!"), "#DIV/0!", null },
        { "formula with cached number", XlsxCell.Formula("SUM(B2:B4)", 42), "42", 42 },
        { "formula with cached text", XlsxCell.FormulaText("B2&\" \"&C2", "North East"), "North East", null },
    };

    [Theory]
    [MemberData(nameof(TextAndNumberCells))]
    public void Read_CellKind_GivesTextAsExcelShowsIt(string kind, XlsxCell cell, string text, double? number)
    {
        var value = ReadBack.Cell(cell);

        Assert.True(text == value.Text, $"{kind}: expected '{text}', read '{value.Text}'");
        Assert.Equal(number, value.Number);
        Assert.False(value.IsDate);
        Assert.False(value.IsPercent);
    }

    [Fact]
    public void Read_FormulaWithPercentFormat_GivesCachedValueAsPercent()
    {
        var value = ReadBack.Cell(XlsxCell.Formula("B2/C2", 0.713, "0.0%"));

        Assert.Equal("71.3%", value.Text);
        Assert.Equal(0.713, value.Number);
        Assert.True(value.IsPercent);
    }

    [Fact]
    public void Read_DateHeaderShownAsMonthAndYear_GivesDateAndExcelText()
    {
        var value = ReadBack.Cell(XlsxCell.Date(new DateOnly(2019, 9, 1), "mmm-yy"));

        Assert.True(value.IsDate);
        Assert.Equal(new DateOnly(2019, 9, 1), value.Date);
        Assert.Equal("Sep-19", value.Text);
        Assert.Equal(43709, value.Number);
    }

    [Fact]
    public void Read_PercentCell_GivesStoredFractionAndPercentText()
    {
        var value = ReadBack.Cell(XlsxCell.Number(0.71, "0%"));

        Assert.Equal("71%", value.Text);
        Assert.Equal(0.71, value.Number);
        Assert.True(value.IsPercent);
        Assert.False(value.IsDate);
    }

    [Fact]
    public void Read_ThousandsFormat_GivesGroupedTextAndPlainNumber()
    {
        var value = ReadBack.Cell(XlsxCell.Number(1283, "#,##0"));

        Assert.Equal("1,283", value.Text);
        Assert.Equal(1283, value.Number);
        Assert.False(value.IsPercent);
    }

    [Fact]
    public void Read_FormattedEmptyCell_IsNotCounted()
    {
        var rows = ReadBack.Rows(new XlsxWorkbookBuilder().Sheet("Sheet1", s => s
            .SharedString("A1", "Total")
            .Cell("F1", XlsxCell.FormattedBlank("0%"))));

        var row = Assert.Single(rows);
        Assert.Equal(["Total"], row.Texts);
    }
}

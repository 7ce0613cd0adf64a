using ScrutinyReports.Ingestion.Excel;
using ScrutinyReports.Ingestion.Tables;
using ScrutinyReports.Testing;

namespace ScrutinyReports.Ingestion.Tests.Excel;

public sealed class XlsxTableReaderLayoutTests
{
    [Fact]
    public void Read_TableBelowTitleRows_GivesRowNumbersAsExcelShowsThem()
    {
        var rows = ReadBack.Rows(new XlsxWorkbookBuilder().Sheet("Scorecard", s => s
            .SharedString("A1", "Children's services scorecard")
            .SharedString("A3", "Indicator").Date("B3", new DateOnly(2019, 9, 1), "mmm-yy").Date("C3", new DateOnly(2019, 10, 1), "mmm-yy")
            .SharedString("A4", "Re-referrals").Number("B4", 0.21, "0%").Number("C4", 0.19, "0%")
            .SharedString("A5", "Children in care").Number("B5", 1283, "#,##0").Number("C5", 1290, "#,##0")
            .SharedString("A10", "Source: local data")));

        Assert.Equal([1, 3, 4, 5, 10], rows.Select(r => r.Number));
        Assert.Equal(["Indicator", "Sep-19", "Oct-19"], rows[1].Texts);
        Assert.Equal(["Re-referrals", "21%", "19%"], rows[2].Texts);
        Assert.Equal(["Children in care", "1,283", "1,290"], rows[3].Texts);
        Assert.Equal(new DateOnly(2019, 10, 1), rows[1].Cells[2].Date);
    }

    [Fact]
    public void Read_MissingColumns_LeavesGapsBlank()
    {
        var rows = ReadBack.Rows(new XlsxWorkbookBuilder().Sheet("Sheet1", s => s
            .SharedString("B2", "North")
            .Number("E2", 12)));

        var row = Assert.Single(rows);
        Assert.Equal(2, row.Number);
        Assert.Equal(5, row.Cells.Count);
        Assert.Equal(["", "North", "", "", "12"], row.Texts);
        Assert.True(row.Cells[0].IsBlank);
        Assert.True(row.Cells[3].IsBlank);
    }

    [Fact]
    public void Read_CellsWrittenOutOfOrder_PlacesEachByItsReference()
    {
        var rows = ReadBack.Rows(new XlsxWorkbookBuilder().Sheet("Sheet1", s => s
            .CellsInInsertionOrder()
            .Number("D1", 4)
            .SharedString("A1", "first")
            .Number("C1", 3)));

        Assert.Equal(["first", "", "3", "4"], Assert.Single(rows).Texts);
    }

    [Fact]
    public void Read_RowsAndCellsWithoutReferences_FollowOnFromThePreviousOne()
    {
        var rows = ReadBack.Rows(new XlsxWorkbookBuilder().Sheet("Sheet1", s => s
            .WithoutReferences()
            .SharedString("A1", "Area").SharedString("B1", "Value")
            .SharedString("A2", "North").Number("B2", 5)
            .SharedString("A3", "South").Number("B3", 7)));

        Assert.Equal([1, 2, 3], rows.Select(r => r.Number));
        Assert.Equal(["South", "7"], rows[2].Texts);
    }

    [Fact]
    public void Read_EmptyRow_HasNoCells()
    {
        var rows = ReadBack.Rows(new XlsxWorkbookBuilder().Sheet("Sheet1", s => s
            .SharedString("A1", "Heading")
            .EmptyRow(2)
            .Number("A3", 1)));

        Assert.Equal([1, 2, 3], rows.Select(r => r.Number));
        Assert.Empty(rows[1].Cells);
    }

    [Fact]
    public void Read_MergedHeading_KeepsValueInTopLeftCell()
    {
        var rows = ReadBack.Rows(new XlsxWorkbookBuilder().Sheet("Sheet1", s => s
            .SharedString("A1", "Quarter 2").Merge("A1:C1")
            .Number("A2", 1).Number("B2", 2).Number("C2", 3)));

        Assert.Equal(["Quarter 2"], rows[0].Texts);
        Assert.Equal(["1", "2", "3"], rows[1].Texts);
    }

    [Fact]
    public void Read_SheetsListedInAnotherOrderThanTheirParts_ReadsFirstSheetInWorkbookOrder()
    {
        var workbook = new XlsxWorkbookBuilder()
            .Sheet("Notes", s => s.SharedString("A1", "notes part, written first"))
            .Sheet("Data", s => s.SharedString("A1", "data part, listed first"))
            .WorkbookSheetOrder("Data", "Notes");

        var rows = ReadBack.Rows(workbook);

        Assert.Equal(["data part, listed first"], Assert.Single(rows).Texts);
    }

    [Fact]
    public void GetCell_PastTheLastCell_IsBlank()
    {
        using var stream = new XlsxWorkbookBuilder().Sheet("Sheet1", s => s.Number("B1", 1)).ToStream();
        using var reader = XlsxTableReader.Open(stream);

        Assert.True(reader.Read());
        Assert.Equal(2, reader.CellCount);
        Assert.Equal(CellValue.Empty, reader.GetCell(2));
        Assert.Equal(CellValue.Empty, reader.GetCell(500));
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.GetCell(-1));
    }

    [Fact]
    public void Read_AfterLastRow_KeepsReturningFalse()
    {
        using var stream = new XlsxWorkbookBuilder().Sheet("Sheet1", s => s.Number("A1", 1)).ToStream();
        using var reader = XlsxTableReader.Open(stream);

        Assert.True(reader.Read());
        Assert.False(reader.Read());
        Assert.False(reader.Read());
        Assert.Equal(0, reader.CellCount);
    }

    [Fact]
    public void Read_ShorterRowAfterLongerRow_DoesNotKeepOldCells()
    {
        var rows = ReadBack.Rows(new XlsxWorkbookBuilder().Sheet("Sheet1", s => s
            .Number("A1", 1).Number("B1", 2).Number("C1", 3)
            .Number("C2", 9)));

        Assert.Equal(["", "", "9"], rows[1].Texts);
    }

    [Fact]
    public void Dispose_LeavesCallersStreamOpen()
    {
        using var stream = new XlsxWorkbookBuilder().Sheet("Sheet1", s => s.Number("A1", 1)).ToStream();

        XlsxTableReader.Open(stream).Dispose();

        Assert.True(stream.CanRead);
    }
}

using ScrutinyReports.Testing;

namespace ScrutinyReports.Ingestion.Tests.Excel;

public sealed class XlsxTableReaderNumberFormatTests
{
    [Theory]
    [InlineData("General", 1283, "1283")]
    [InlineData("General", 0.5, "0.5")]
    [InlineData("General", 0.30000000000000004, "0.3")]
    [InlineData("General", 0.3333333333333333, "0.333333333")]
    [InlineData("General", 123456789012, "1.23457E+11")]
    [InlineData("General", 99999999999.7, "1E+11")]
    [InlineData("0", 12.5, "13")]
    [InlineData("0.0", 12.25, "12.3")]
    [InlineData("0.00", 3, "3.00")]
    [InlineData("#.##", 0.5, ".5")]
    [InlineData("0.###", 1.5, "1.5")]
    [InlineData("#,##0", 1283, "1,283")]
    [InlineData("#,##0", 1234567, "1,234,567")]
    [InlineData("#,##0", 0, "0")]
    [InlineData("#,##0", -1283, "-1,283")]
    [InlineData("#,##0.00", 1283.5, "1,283.50")]
    [InlineData("#,##0,", 1234567, "1,235")]
    [InlineData("£#,##0", 1283, "£1,283")]
    [InlineData("\"£\"#,##0.00", 1283.5, "£1,283.50")]
    [InlineData("[$£-809]#,##0", 1283, "£1,283")]
    [InlineData("#,##0;(#,##0)", -1283, "(1,283)")]
    [InlineData("#,##0;[Red]-#,##0", -5, "-5")]
    [InlineData("0;-0;\"-\"", 0, "-")]
    [InlineData("_-* #,##0_-;\\-* #,##0_-;_-* \"-\"_-;_-@_-", 1283, "1,283")]
    [InlineData("_-* #,##0_-;\\-* #,##0_-;_-* \"-\"_-;_-@_-", -1283, "-1,283")]
    [InlineData("_-* #,##0_-;\\-* #,##0_-;_-* \"-\"_-;_-@_-", 0, "-")]
    [InlineData("0.00E+00", 1283, "1.28E+03")]
    [InlineData("0.00E+00", 9.996, "1.00E+01")]
    [InlineData("0.00E+00", 0.000123, "1.23E-04")]
    [InlineData("##0.0E+0", 12345, "12.3E+3")]
    [InlineData("0000", 12, "0012")]
    [InlineData(".00", 12.5, "12.50")]
    [InlineData("0.0,,", 1234567, "1.2")]
    [InlineData("\"£\"#,##0.00;[Red]\\-\"£\"#,##0.00", -1234.5, "-£1,234.50")]
    [InlineData("0.0;;", 0, "")]
    [InlineData("0.0\" days\"", 12.34, "12.3 days")]
    [InlineData("General\" people\"", 12, "12 people")]
    [InlineData("@", 12, "12")]
    [InlineData("# ?/?", 1.5, "1.5")]
    public void Read_NumberWithFormatCode_GivesTextAsExcelShowsIt(string formatCode, double number, string text)
    {
        var value = ReadBack.Cell(XlsxCell.Number(number, formatCode));

        Assert.Equal(text, value.Text);
        Assert.Equal(number, value.Number);
        Assert.False(value.IsDate);
        Assert.False(value.IsPercent);
    }

    [Theory]
    [InlineData(1, 1283.4, "1283")]
    [InlineData(2, 1283.456, "1283.46")]
    [InlineData(3, 1283, "1,283")]
    [InlineData(4, 1283, "1,283.00")]
    [InlineData(11, 1283, "1.28E+03")]
    [InlineData(49, 7, "7")]
    public void Read_NumberWithBuiltInFormat_GivesTextAsExcelShowsIt(int formatId, double number, string text)
    {
        var value = ReadBack.Cell(XlsxCell.Number(number, formatId));

        Assert.Equal(text, value.Text);
        Assert.Equal(number, value.Number);
    }

    [Theory]
    [InlineData("0%", 0.71, "71%")]
    [InlineData("0.0%", 0.71, "71.0%")]
    [InlineData("0%", 0.285, "29%")]
    [InlineData("0.00%", 1.5, "150.00%")]
    [InlineData("0%;[Red]-0%", -0.04, "-4%")]
    [InlineData("\"Rate: \"0%", 0.5, "Rate: 50%")]
    public void Read_PercentFormatCode_GivesPercentTextAndStoredFraction(string formatCode, double number, string text)
    {
        var value = ReadBack.Cell(XlsxCell.Number(number, formatCode));

        Assert.Equal(text, value.Text);
        Assert.Equal(number, value.Number);
        Assert.True(value.IsPercent);
        Assert.False(value.IsDate);
    }

    [Theory]
    [InlineData(9, 0.71, "71%")]
    [InlineData(10, 0.7125, "71.25%")]
    public void Read_BuiltInPercentFormat_GivesPercent(int formatId, double number, string text)
    {
        var value = ReadBack.Cell(XlsxCell.Number(number, formatId));

        Assert.Equal(text, value.Text);
        Assert.True(value.IsPercent);
    }

    [Theory]
    [InlineData("\"100%\"0")]
    [InlineData("0\" [%]\"")]
    [InlineData("0\\%")]
    public void Read_PercentSignOnlyInLiteralText_IsNotPercent(string formatCode)
    {
        var value = ReadBack.Cell(XlsxCell.Number(5, formatCode));

        Assert.False(value.IsPercent);
    }

    [Theory]
    [InlineData("mmm-yy", 2019, 9, 30, "Sep-19")]
    [InlineData("mmm yyyy", 2019, 9, 30, "Sep 2019")]
    [InlineData("mmmm yyyy", 2019, 9, 30, "September 2019")]
    [InlineData("dd/mm/yyyy", 2019, 9, 30, "30/09/2019")]
    [InlineData("d-mmm-yy", 2019, 9, 1, "1-Sep-19")]
    [InlineData("yyyy-mm", 2019, 9, 30, "2019-09")]
    [InlineData("MMM-YY", 2019, 9, 30, "Sep-19")]
    [InlineData("[$-809]mmm-yy", 2020, 3, 31, "Mar-20")]
    [InlineData("dd\\/mm\\/yyyy", 2019, 9, 30, "30/09/2019")]
    [InlineData("dddd d mmmm yyyy", 2019, 9, 30, "Monday 30 September 2019")]
    [InlineData("ddd dd-mmm", 2019, 9, 1, "Sun 01-Sep")]
    [InlineData("\"Quarter ending \"mmm yy", 2019, 12, 31, "Quarter ending Dec 19")]
    [InlineData("[Blue]mmmmm", 2019, 9, 1, "S")]
    [InlineData("dd/mm/yyyy;@", 2024, 2, 29, "29/02/2024")]
    public void Read_DateWithFormatCode_GivesDateAndExcelText(string formatCode, int year, int month, int day, string text)
    {
        var date = new DateOnly(year, month, day);

        var value = ReadBack.Cell(XlsxCell.Date(date, formatCode));

        Assert.True(value.IsDate);
        Assert.Equal(date, value.Date);
        Assert.Equal(text, value.Text);
        Assert.False(value.IsPercent);
    }

    [Theory]
    [InlineData(14, "30/09/2019")]
    [InlineData(15, "30-Sep-19")]
    [InlineData(16, "30-Sep")]
    [InlineData(17, "Sep-19")]
    [InlineData(22, "30/09/2019 00:00")]
    public void Read_DateWithBuiltInFormat_GivesUkText(int formatId, string text)
    {
        var date = new DateOnly(2019, 9, 30);

        var value = ReadBack.Cell(XlsxCell.Date(date, formatId));

        Assert.True(value.IsDate);
        Assert.Equal(date, value.Date);
        Assert.Equal(text, value.Text);
    }

    [Theory]
    [InlineData("h:mm", 0.75, "18:00")]
    [InlineData("hh:mm:ss", 0.5000578703703704, "12:00:05")]
    [InlineData("h:mm AM/PM", 0.75, "6:00 PM")]
    [InlineData("h:mm am/pm", 0.25, "6:00 am")]
    [InlineData("mm:ss", 0.0020833333333333333, "03:00")]
    [InlineData("dd/mm/yyyy hh:mm", 43738.5625, "30/09/2019 13:30")]
    public void Read_TimeFormat_IsDateWithTimeText(string formatCode, double serial, string text)
    {
        var value = ReadBack.Cell(XlsxCell.Number(serial, formatCode));

        Assert.True(value.IsDate);
        Assert.Equal(text, value.Text);
        Assert.Equal(serial, value.Number);
    }

    [Theory]
    [InlineData("[h]:mm", 1.5, "36:00")]
    [InlineData("[mm]:ss", 0.25, "360:00")]
    public void Read_ElapsedTimeFormat_IsNotADate(string formatCode, double days, string text)
    {
        var value = ReadBack.Cell(XlsxCell.Number(days, formatCode));

        Assert.False(value.IsDate);
        Assert.Null(value.Date);
        Assert.Equal(text, value.Text);
    }

    [Theory]
    [InlineData("\"d\"0")]
    [InlineData("0\" months\"")]
    [InlineData("[Red]0.0")]
    [InlineData("0.0\\m")]
    public void Read_DateLettersOnlyInLiteralText_IsNotADate(string formatCode)
    {
        var value = ReadBack.Cell(XlsxCell.Number(43709, formatCode));

        Assert.False(value.IsDate);
    }

    [Fact]
    public void Read_Workbook1904DateSystem_GivesSameCalendarDate()
    {
        var date = new DateOnly(2019, 9, 1);

        var value = ReadBack.Cell(XlsxCell.Date(date, "mmm-yy"), uses1904DateSystem: true);

        Assert.True(value.IsDate);
        Assert.Equal(date, value.Date);
        Assert.Equal("Sep-19", value.Text);
        Assert.Equal(43709, value.Number);
    }

    [Fact]
    public void Read_Workbook1904DateSystem_LeavesPlainNumbersAlone()
    {
        var value = ReadBack.Cell(XlsxCell.Number(1283, "#,##0"), uses1904DateSystem: true);

        Assert.Equal(1283, value.Number);
        Assert.Equal("1,283", value.Text);
    }
}

using System.IO.Compression;
using System.Text;

namespace ScrutinyReports.Ingestion.Tests.Excel;

/// <summary>
/// A workbook whose XML is written out by hand the way Excel writes it (default namespace, markup-compatibility
/// attributes, pretty-printed whitespace, a chart sheet first in tab order), rather than by the Open XML SDK.
/// </summary>
public sealed class XlsxTableReaderExcelWrittenFileTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string ContentTypeBase = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    [Fact]
    public void Read_WorkbookAsExcelWritesIt_GivesCellsAsExcelShowsThem()
    {
        var rows = ReadBack.Rows(ExcelWrittenWorkbook());

        Assert.Equal([2, 3, 5, 6], rows.Select(r => r.Number));
        Assert.Equal(["Indicator", "Sep-19", "02/09/2019"], rows[0].Texts);
        Assert.Equal(["Re-referrals (12 months)", "71%", "78.1%", "#N/A"], rows[1].Texts);
        Assert.Equal(["Inline rich", "1,283", "Inline rich!", "TRUE"], rows[2].Texts);
        Assert.Equal(["東京", "Oct-19"], rows[3].Texts);
    }

    [Fact]
    public void Read_WorkbookAsExcelWritesIt_ConvertsDatesFromThe1904System()
    {
        var rows = ReadBack.Rows(ExcelWrittenWorkbook());

        Assert.Equal(new DateOnly(2019, 9, 1), rows[0].Cells[1].Date);
        Assert.Equal(new DateOnly(2019, 9, 2), rows[0].Cells[2].Date);
        Assert.Equal(new DateOnly(2019, 10, 1), rows[3].Cells[1].Date);
        Assert.True(rows[1].Cells[1].IsPercent);
        Assert.Equal(0.781, rows[1].Cells[2].Number);
    }

    private static byte[] ExcelWrittenWorkbook() => Zip(new Dictionary<string, string>
    {
        ["[Content_Types].xml"] = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/xl/workbook.xml" ContentType="{ContentTypeBase}sheet.main+xml"/>
              <Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ContentTypeBase}worksheet+xml"/>
              <Override PartName="/xl/worksheets/sheet2.xml" ContentType="{ContentTypeBase}worksheet+xml"/>
              <Override PartName="/xl/chartsheets/sheet1.xml" ContentType="{ContentTypeBase}chartsheet+xml"/>
              <Override PartName="/xl/styles.xml" ContentType="{ContentTypeBase}styles+xml"/>
              <Override PartName="/xl/sharedStrings.xml" ContentType="{ContentTypeBase}sharedStrings+xml"/>
            </Types>
            """,
        ["_rels/.rels"] = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>
            """,
        ["xl/_rels/workbook.xml.rels"] = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId1" Type="{Relationships}/worksheet" Target="worksheets/sheet1.xml"/>
              <Relationship Id="rId2" Type="{Relationships}/worksheet" Target="worksheets/sheet2.xml"/>
              <Relationship Id="rId3" Type="{Relationships}/chartsheet" Target="chartsheets/sheet1.xml"/>
              <Relationship Id="rId4" Type="{Relationships}/styles" Target="styles.xml"/>
              <Relationship Id="rId5" Type="{Relationships}/sharedStrings" Target="sharedStrings.xml"/>
            </Relationships>
            """,
        ["xl/workbook.xml"] = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="{Main}" xmlns:r="{Relationships}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15">
              <workbookPr date1904="1" defaultThemeVersion="166925"/>
              <bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="1"/></bookViews>
              <sheets>
                <sheet name="Chart1" sheetId="3" r:id="rId3"/>
                <sheet name="Scorecard" sheetId="2" r:id="rId2"/>
                <sheet name="Notes" sheetId="1" r:id="rId1"/>
              </sheets>
              <calcPr calcId="191029"/>
            </workbook>
            """,
        ["xl/chartsheets/sheet1.xml"] = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <chartsheet xmlns="{Main}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>
            """,
        ["xl/styles.xml"] = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="{Main}">
              <numFmts count="2"><numFmt numFmtId="164" formatCode="mmm\-yy"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>
              <fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>
              <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
              <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
              <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
              <cellXfs count="6">
                <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
                <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
              </cellXfs>
              <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
            </styleSheet>
            """,
        ["xl/sharedStrings.xml"] = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="{Main}" count="4" uniqueCount="4">
              <si><t>Indicator</t></si>
              <si><r><rPr><b/><sz val="11"/></rPr><t>Re-referrals</t></r><r><rPr><sz val="11"/></rPr><t xml:space="preserve"> (12 months)</t></r></si>
              <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
              <si><t>notes</t></si>
            </sst>
            """,
        ["xl/worksheets/sheet1.xml"] = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1" t="s"><v>3</v></c></row></sheetData></worksheet>
            """,
        ["xl/worksheets/sheet2.xml"] = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="{Main}" xmlns:r="{Relationships}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="00000000-0001-0000-0000-000000000000">
              <dimension ref="A2:D6"/>
              <sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="B3" sqref="B3"/></sheetView></sheetViews>
              <sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>
              <cols><col min="1" max="1" width="30.7109375" customWidth="1"/></cols>
              <sheetData>
                <row r="2" spans="1:4" x14ac:dyDescent="0.25">
                  <c r="A2" t="s"><v>0</v></c>
                  <c r="B2" s="1"><v>42247</v></c>
                  <c r="C2" s="3"><v>42248</v></c>
                </row>
                <row r="3" spans="1:4" x14ac:dyDescent="0.25">
                  <c r="A3" t="s"><v>1</v></c>
                  <c r="B3" s="2"><v>0.71</v></c>
                  <c r="C3" s="5"><f>B3*1.1</f><v>0.78100000000000003</v></c>
                  <c r="D3" t="e"><f>NA()</f><v>#N/A</v></c>
                </row>
                <row r="5" spans="1:4" ht="20.25" customHeight="1" x14ac:dyDescent="0.3">
                  <c r="A5" t="inlineStr"><is><r><t xml:space="preserve">Inline </t></r><r><rPr><i/></rPr><t>rich</t></r></is></c>
                  <c r="B5" s="4"><v>1283</v></c>
                  <c r="C5" t="str"><f>A5&amp;"!"</f><v>Inline rich!</v></c>
                  <c r="D5" t="b"><v>1</v></c>
                </row>
                <row r="6" spans="1:4" x14ac:dyDescent="0.25">
                  <c r="A6" t="s"><v>2</v></c>
                  <c r="B6" s="1" t="d"><v>2019-10-01T00:00:00</v></c>
                  <c r="D6" s="2"/>
                </row>
              </sheetData>
              <mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>
              <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
            </worksheet>
            """,
    });

    private static byte[] Zip(Dictionary<string, string> parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return stream.ToArray();
    }
}

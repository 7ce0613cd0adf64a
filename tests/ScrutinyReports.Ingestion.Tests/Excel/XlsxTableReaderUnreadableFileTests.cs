using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ScrutinyReports.Ingestion.Excel;
using ScrutinyReports.Ingestion.Tables;
using ScrutinyReports.Testing;

namespace ScrutinyReports.Ingestion.Tests.Excel;

public sealed class XlsxTableReaderUnreadableFileTests
{
    private const string PlainEnglishStart = "the file is not a readable Excel workbook (.xlsx)";

    public static TheoryData<string, byte[]> NotWorkbooks => new()
    {
        { "empty file", [] },
        { "plain text", Encoding.UTF8.GetBytes("This is not a spreadsheet.") },
        { "encrypted or legacy .xls (OLE compound file)", OleCompoundFileHeader() },
        { "zip without a workbook", ZipWithOneTextFile() },
        { "Word document", WordDocument() },
        { "workbook cut short", CutShort(new XlsxWorkbookBuilder().Sheet("Sheet1", s => s.Number("A1", 1)).ToBytes()) },
    };

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public void Open_NotAWorkbook_ThrowsUnreadableFile(string kind, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);

        var error = Assert.Throws<UnreadableFileException>(() => XlsxTableReader.Open(stream));

        Assert.True(error.Message.StartsWith(PlainEnglishStart, StringComparison.Ordinal), $"{kind}: {error.Message}");
    }

    [Fact]
    public void Open_CsvRenamedToXlsx_ThrowsUnreadableFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scorecard-{Guid.NewGuid():N}.xlsx");
        File.WriteAllText(path, "Indicator,Sep-19,Oct-19\nRe-referrals,21%,19%\n");
        try
        {
            using var stream = File.OpenRead(path);

            var error = Assert.Throws<UnreadableFileException>(() => XlsxTableReader.Open(stream));

            Assert.StartsWith(PlainEnglishStart, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] OleCompoundFileHeader()
    {
        var bytes = new byte[4096];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] ZipWithOneTextFile()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a workbook");
        }

        return stream.ToArray();
    }

    private static byte[] WordDocument()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("Minutes")))));
        }

        return stream.ToArray();
    }

    private static byte[] CutShort(byte[] workbook) => workbook[..(workbook.Length / 2)];
}

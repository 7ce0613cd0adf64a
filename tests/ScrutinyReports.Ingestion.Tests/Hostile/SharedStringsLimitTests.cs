using System.IO.Compression;
using System.Text;
using ScrutinyReports.Ingestion.Uploads;
using ScrutinyReports.Testing;
using static ScrutinyReports.Ingestion.Tests.TestCatalogue;

namespace ScrutinyReports.Ingestion.Tests.Hostile;

/// <summary>
/// A workbook whose shared strings expand far beyond its size on disk (they compress well) is refused while they
/// are read, once they pass the limit, so no upload can make the reader hold hundreds of megabytes.
/// </summary>
public sealed class SharedStringsLimitTests
{
    [Fact]
    public void Read_SharedStringsPastTheLimit_AreRefusedNamingTheLimit()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scrutiny-sst-{Guid.NewGuid():N}.xlsx");
        try
        {
            // 60 strings of a million characters: 60 million characters, a 120 MB table, in a file of well under 1 MB.
            WriteWorkbook(path, items: 60, itemLength: 1_000_000);

            var (observations, diagnostics) = Read(File.ReadAllBytes(path), "expanding.xlsx");

            Assert.Empty(observations);
            Assert.Equal(
                "expanding.xlsx: the workbook's text (its shared strings) runs past 20,000,000 characters, the most an upload may hold; expected a table of figures (is this the right file?)",
                Assert.Single(diagnostics.Errors).ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_LongSharedStringsUnderTheLimit_AreRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scrutiny-sst-{Guid.NewGuid():N}.xlsx");
        try
        {
            WriteWorkbook(path, items: 3, itemLength: 1_000);

            var (observations, diagnostics) = Read(File.ReadAllBytes(path), "fine.xlsx");

            Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
            Assert.Single(observations);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // A small real workbook whose shared string table is then replaced, streaming, by one with many long items
    // after the ones its cells use.
    private static void WriteWorkbook(string path, int items, int itemLength)
    {
        File.WriteAllBytes(path, new XlsxWorkbookBuilder().Sheet("Data", sheet => sheet
            .SharedString("A1", "indicator").SharedString("B1", "period").SharedString("C1", "value")
            .SharedString("A2", "CLA_COUNT").SharedString("B2", "2019-09").Number("C2", 588)).ToBytes());
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var old = zip.Entries.Single(entry => entry.FullName.Contains("sharedStrings", StringComparison.OrdinalIgnoreCase));
        var name = old.FullName;
        string original;
        using (var reader = new StreamReader(old.Open()))
        {
            original = reader.ReadToEnd();
        }

        old.Delete();
        var close = original.LastIndexOf("</x:sst>", StringComparison.Ordinal) is var x and >= 0 ? x : original.LastIndexOf("</sst>", StringComparison.Ordinal);
        var prefix = original.Contains("<x:sst", StringComparison.Ordinal) ? "x:" : string.Empty;
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(original[..close]);
        var chunk = new string('z', 10_000);
        for (var i = 0; i < items; i++)
        {
            writer.Write($"<{prefix}si><{prefix}t>");
            for (var written = 0; written < itemLength; written += chunk.Length)
            {
                writer.Write(chunk, 0, Math.Min(chunk.Length, itemLength - written));
            }

            writer.Write($"</{prefix}t></{prefix}si>");
        }

        writer.Write(original[close..]);
    }
}

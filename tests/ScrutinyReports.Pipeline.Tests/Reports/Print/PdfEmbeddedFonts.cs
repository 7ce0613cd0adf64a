using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace ScrutinyReports.Pipeline.Tests.Reports.Print;

/// <summary>The font programs a PDF embeds (the streams its font descriptors name as /FontFile2), decompressed.</summary>
internal static class PdfEmbeddedFonts
{
    public static IReadOnlyList<(string Name, byte[] Program)> Of(PdfDocument pdf) =>
        pdf.Structure.CrossReferenceTable.ObjectOffsets.Keys
            .Select(reference => pdf.Structure.GetObject(reference).Data)
            .OfType<DictionaryToken>()
            .Where(dictionary => dictionary.Data.TryGetValue("Type", out var type) && NameToken.FontDescriptor.Equals(type))
            .Select(descriptor => (
                Name: ((NameToken)descriptor.Data["FontName"]).Data,
                Program: Decompress((StreamToken)pdf.Structure.GetObject(((IndirectReferenceToken)descriptor.Data["FontFile2"]).Data).Data)))
            .ToList();

    private static byte[] Decompress(StreamToken stream)
    {
        Assert.Equal(NameToken.FlateDecode, stream.StreamDictionary.Data["Filter"]);
        using var packed = new MemoryStream(stream.Data.ToArray());
        using var zlib = new ZLibStream(packed, CompressionMode.Decompress);
        using var program = new MemoryStream();
        zlib.CopyTo(program);
        return program.ToArray();
    }
}

using System.Globalization;
using System.Text;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// Declares the document's natural language (the catalog's /Lang entry), which screen readers use to pick a voice,
/// and asks viewers to show the title (/DisplayDocTitle); SkiaSharp has a setting for neither. The entries are
/// inserted into Skia's uncompressed catalog dictionary and every cross-reference offset after them is moved on by
/// the same number of bytes, so the file stays valid.
/// </summary>
public static class PdfLanguageTag
{
    private static readonly byte[] Catalog = "/Type /Catalog"u8.ToArray();
    private static readonly byte[] Xref = "\nxref\n"u8.ToArray();
    private static readonly byte[] StartXref = "startxref\n"u8.ToArray();

    /// <exception cref="InvalidOperationException">The PDF is not laid out as SkiaSharp writes it (one classic cross-reference table).</exception>
    public static byte[] Apply(ReadOnlySpan<byte> pdf, string language)
    {
        var catalog = pdf.IndexOf(Catalog);
        var xref = pdf.LastIndexOf(Xref);
        var start = pdf.LastIndexOf(StartXref);
        if (catalog < 0 || xref < 0 || start < 0 || pdf.IndexOf(Xref) != xref || catalog > xref)
        {
            throw new InvalidOperationException("The PDF does not have the single cross-reference table SkiaSharp writes.");
        }

        var insertAt = catalog + Catalog.Length;
        // A viewer's title bar shows the document title, not the file name (PDF/UA, WCAG 2.4.2); SkiaSharp has no setting for it.
        var insert = Encoding.ASCII.GetBytes($"\n/Lang ({language})\n/ViewerPreferences <</DisplayDocTitle true>>");
        var result = new List<byte>(pdf.Length + insert.Length);
        result.AddRange(pdf[..insertAt]);
        result.AddRange(insert);
        result.AddRange(pdf[insertAt..(xref + Xref.Length)]);

        // The table: a "first count" line, then 20-byte entries "oooooooooo ggggg n\n" whose offsets after the insert move on.
        var position = xref + Xref.Length;
        var header = pdf[position..].IndexOf((byte)'\n');
        var counts = Encoding.ASCII.GetString(pdf.Slice(position, header)).Split(' ');
        var entries = int.Parse(counts[1], CultureInfo.InvariantCulture);
        result.AddRange(pdf.Slice(position, header + 1));
        position += header + 1;
        for (var i = 0; i < entries; i++, position += 20)
        {
            var entry = pdf.Slice(position, 20);
            var offset = long.Parse(Encoding.ASCII.GetString(entry[..10]), CultureInfo.InvariantCulture);
            if (entry[17] == (byte)'n' && offset > insertAt)
            {
                result.AddRange(Encoding.ASCII.GetBytes((offset + insert.Length).ToString("D10", CultureInfo.InvariantCulture)));
                result.AddRange(entry[10..]);
            }
            else
            {
                result.AddRange(entry);
            }
        }

        result.AddRange(pdf[position..(start + StartXref.Length)]);
        var end = pdf[(start + StartXref.Length)..].IndexOf((byte)'\n') + start + StartXref.Length;
        var tableAt = long.Parse(Encoding.ASCII.GetString(pdf[(start + StartXref.Length)..end]), CultureInfo.InvariantCulture);
        result.AddRange(Encoding.ASCII.GetBytes((tableAt + insert.Length).ToString(CultureInfo.InvariantCulture)));
        result.AddRange(pdf[end..]);
        return [.. result];
    }
}

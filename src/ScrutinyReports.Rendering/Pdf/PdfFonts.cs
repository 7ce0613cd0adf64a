using System.Reflection;
using ScrutinyReports.Rendering.Pdf.Fonts;
using SkiaSharp;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// The typefaces PDFs are drawn with, shipped inside this assembly (DejaVu Sans, Bitstream Vera licence) so that
/// a report looks the same on a laptop and on Functions, and never depends on fonts installed on the machine.
/// Text is laid out with the whole faces and drawn with subsets of them (<see cref="Subset"/>): SkiaSharp's PDF
/// backend embeds a face whole, and the two whole faces are 1.4 MB. Loaded once; SKTypeface is safe to share.
/// </summary>
public static class PdfFonts
{
    private static readonly Lazy<byte[]> RegularData = new(() => Read("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> BoldData = new(() => Read("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load(RegularData.Value, "DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load(BoldData.Value, "DejaVuSans-Bold.ttf"));
    private static readonly Lazy<FontSubsetter> RegularSubsetter = new(() => new FontSubsetter(RegularData.Value));
    private static readonly Lazy<FontSubsetter> BoldSubsetter = new(() => new FontSubsetter(BoldData.Value));

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>The sizes in bytes of the whole font files, regular and bold.</summary>
    public static (int Regular, int Bold) WholeSizes => (RegularData.Value.Length, BoldData.Value.Length);

    /// <summary>The whole faces, for laying text out (and for drawing when subsetting is off).</summary>
    internal static PdfFaces Whole => new(Regular, Bold, owned: false);

    /// <summary>
    /// Faces holding only the given characters' glyphs, with the same advance widths as the whole faces, so text
    /// laid out with <see cref="Whole"/> draws identically. The caller disposes them after the document is closed.
    /// </summary>
    internal static PdfFaces Subset(IEnumerable<int> regular, IEnumerable<int> bold) =>
        new(Load(RegularSubsetter.Value.Subset(regular), "DejaVuSans.ttf (subset)"), Load(BoldSubsetter.Value.Subset(bold), "DejaVuSans-Bold.ttf (subset)"), owned: true);

    /// <summary>The regular and bold font files cut down to <paramref name="codepoints"/>: what report.html embeds.</summary>
    internal static (byte[] Regular, byte[] Bold) SubsetFiles(IReadOnlyCollection<int> codepoints) =>
        (RegularSubsetter.Value.Subset(codepoints), BoldSubsetter.Value.Subset(codepoints));

    private static byte[] Read(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ScrutinyReports.Rendering.Fonts.{file}")
            ?? throw new InvalidOperationException($"The font {file} is missing from the assembly.");
        var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static SKTypeface Load(byte[] font, string name)
    {
        using var data = SKData.CreateCopy(font);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The font {name} could not be loaded.");
    }
}

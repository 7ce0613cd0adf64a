using System.Reflection;
using SkiaSharp;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// The typefaces PDFs are drawn with, shipped inside this assembly (DejaVu Sans, Bitstream Vera licence) so that
/// a report looks the same on a laptop and on Functions, and never depends on fonts installed on the machine.
/// Loaded once; SKTypeface is safe to share.
/// </summary>
public static class PdfFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    private static SKTypeface Load(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ScrutinyReports.Rendering.Fonts.{file}")
            ?? throw new InvalidOperationException($"The font {file} is missing from the assembly.");
        var memory = new MemoryStream();
        stream.CopyTo(memory);
        memory.Position = 0;
        return SKTypeface.FromStream(memory) ?? throw new InvalidOperationException($"The font {file} could not be loaded.");
    }
}

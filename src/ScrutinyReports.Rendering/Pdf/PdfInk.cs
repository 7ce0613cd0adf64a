using System.Text;
using SkiaSharp;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// The fonts and paints one document is drawn with, made once per render and disposed with it. Text is drawn
/// through <see cref="DrawText"/>, which notes every character each face draws: the font subsets are cut from
/// those notes, so text drawn past it straight onto the canvas could miss its glyphs.
/// </summary>
internal sealed class PdfInk(PdfFaces faces) : IDisposable
{
    private readonly Dictionary<(bool Bold, float Size), SKFont> fonts = [];
    private readonly HashSet<SKFont> boldFonts = [];
    private readonly HashSet<SKFont> regularFonts = [];
    private readonly HashSet<int> regularCharacters = [];
    private readonly HashSet<int> boldCharacters = [];

    public SKPaint Text { get; } = new() { Color = PdfStyle.Ink, IsAntialias = true };

    public SKPaint LinkText { get; } = new() { Color = PdfStyle.Link, IsAntialias = true };

    public SKPaint Line { get; } = new() { Color = PdfStyle.Rule, StrokeWidth = 0.5f, Style = SKPaintStyle.Stroke, IsAntialias = true };

    public SKPaint Heavy { get; } = new() { Color = PdfStyle.Ink, StrokeWidth = 1.5f, Style = SKPaintStyle.Stroke };

    public SKPaint Fill { get; } = new() { Style = SKPaintStyle.Fill };

    /// <summary>The characters (Unicode scalar values) drawn so far in the regular face.</summary>
    public IReadOnlySet<int> RegularCharacters => regularCharacters;

    /// <summary>The characters (Unicode scalar values) drawn so far in the bold face.</summary>
    public IReadOnlySet<int> BoldCharacters => boldCharacters;

    public SKFont Font(bool bold, float size)
    {
        if (!fonts.TryGetValue((bold, size), out var font))
        {
            // Unhinted, subpixel-positioned, linear metrics: glyphs sit where the font's own advances put them, so
            // Skia writes each run as one string that PDF readers extract as words. With Skia's defaults (hinting,
            // whole-pixel positions) every glyph was moved by a rounded offset, and readers saw gaps mid-word.
            font = new SKFont(bold ? faces.Bold : faces.Regular, size)
            {
                Hinting = SKFontHinting.None,
                Subpixel = true,
                LinearMetrics = true,
            };
            fonts[(bold, size)] = font;
            (bold ? boldFonts : regularFonts).Add(font);
        }

        return font;
    }

    /// <summary>Draws one line of text with one of this ink's fonts, and notes its characters.</summary>
    public void DrawText(SKCanvas canvas, string text, float x, float y, SKFont font, SKPaint paint, SKTextAlign align = SKTextAlign.Left)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var characters = boldFonts.Contains(font) ? boldCharacters
            : regularFonts.Contains(font) ? regularCharacters
            : throw new ArgumentException("Draw text with a font from this ink, so that its characters are in the font subset.", nameof(font));
        foreach (var rune in text.EnumerateRunes())
        {
            characters.Add(rune.Value);
        }

        canvas.DrawText(text, x, y, align, font, paint);
    }

    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }

        Text.Dispose();
        LinkText.Dispose();
        Line.Dispose();
        Heavy.Dispose();
        Fill.Dispose();
    }
}

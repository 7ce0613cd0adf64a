using SkiaSharp;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>The fonts and paints one document is drawn with, made once per render and disposed with it.</summary>
internal sealed class PdfInk : IDisposable
{
    private readonly Dictionary<(bool Bold, float Size), SKFont> fonts = [];

    public SKPaint Text { get; } = new() { Color = PdfStyle.Ink, IsAntialias = true };

    public SKPaint LinkText { get; } = new() { Color = PdfStyle.Link, IsAntialias = true };

    public SKPaint Line { get; } = new() { Color = PdfStyle.Rule, StrokeWidth = 0.5f, Style = SKPaintStyle.Stroke, IsAntialias = true };

    public SKPaint Heavy { get; } = new() { Color = PdfStyle.Ink, StrokeWidth = 1.5f, Style = SKPaintStyle.Stroke };

    public SKPaint Fill { get; } = new() { Style = SKPaintStyle.Fill };

    public SKFont Font(bool bold, float size)
    {
        if (!fonts.TryGetValue((bold, size), out var font))
        {
            // Unhinted, subpixel-positioned, linear metrics: glyphs sit where the font's own advances put them, so
            // Skia writes each run as one string that PDF readers extract as words. With Skia's defaults (hinting,
            // whole-pixel positions) every glyph was moved by a rounded offset, and readers saw gaps mid-word.
            font = new SKFont(bold ? PdfFonts.Bold : PdfFonts.Regular, size)
            {
                Hinting = SKFontHinting.None,
                Subpixel = true,
                LinearMetrics = true,
            };
            fonts[(bold, size)] = font;
        }

        return font;
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

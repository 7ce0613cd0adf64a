using SkiaSharp;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>Page geometry, type sizes and colours of the PDF, in points (1/72 inch). A4 portrait.</summary>
internal static class PdfStyle
{
    public const float PageWidth = 595.28f;
    public const float PageHeight = 841.89f;
    public const float Margin = 48f;
    public const float Top = 64f;
    public const float Bottom = PageHeight - 64f;
    public const float Width = PageWidth - (2 * Margin);
    public const float Body = 10.5f;
    public const float Small = 9f;
    public const float Padding = 3f;

    public static readonly SKColor Ink = new(0x1b, 0x1b, 0x1b);
    public static readonly SKColor Rule = new(0x6b, 0x6b, 0x6b);
    public static readonly SKColor HeaderFill = new(0xe8, 0xe8, 0xe8);
    public static readonly SKColor Link = new(0x1d, 0x4f, 0x91);

    public static float Leading(float size) => size * 1.35f;

    public static SKColor RagFill(string code) => code switch
    {
        "green" => new SKColor(0xd8, 0xee, 0xdd),
        "amber" => new SKColor(0xff, 0xf1, 0xc2),
        "red" => new SKColor(0xf9, 0xd9, 0xdc),
        _ => SKColors.White,
    };
}

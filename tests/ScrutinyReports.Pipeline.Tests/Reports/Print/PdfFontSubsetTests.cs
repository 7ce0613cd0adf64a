using ScrutinyReports.Rendering.Pdf;
using SkiaSharp;
using UglyToad.PdfPig;

namespace ScrutinyReports.Pipeline.Tests.Reports.Print;

/// <summary>The PDF embeds only the glyphs it draws, and every character it draws still reads back as written.</summary>
public sealed class PdfFontSubsetTests(DemoPdf demo) : IClassFixture<DemoPdf>
{
    [Fact]
    public void EmbeddedFonts_OfTheDemoPdf_AreEachUnderATenthOfTheWholeFontFile()
    {
        using var pdf = PdfDocument.Open(demo.Pdf);
        var (regular, bold) = PdfFonts.WholeSizes;

        var fonts = PdfEmbeddedFonts.Of(pdf);

        Assert.Equal(2, fonts.Count);
        Assert.All(fonts, font => Assert.True(font.Program.Length < (font.Name.EndsWith("-Bold", StringComparison.Ordinal) ? bold : regular) / 10,
            $"{font.Name} embeds {font.Program.Length} bytes of a {(font.Name.EndsWith("-Bold", StringComparison.Ordinal) ? bold : regular)}-byte font"));
    }

    [Fact]
    public void EmbeddedFonts_OfTheDemoPdf_AreTrueTypeProgramsSkiaCanLoad()
    {
        using var pdf = PdfDocument.Open(demo.Pdf);

        foreach (var (name, program) in PdfEmbeddedFonts.Of(pdf))
        {
            using var data = SKData.CreateCopy(program);
            using var typeface = SKTypeface.FromData(data);
            Assert.True(typeface is not null, $"{name} does not load as a font");
            Assert.StartsWith("DejaVu Sans", typeface.FamilyName, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Text_OfTheDemoPdf_ReadsAsWhenDrawnWithTheWholeFonts()
    {
        using var whole = new MemoryStream();
        PdfReportRenderer.Render(demo.Report, whole, subsetFonts: false, CancellationToken.None);
        using var subset = PdfDocument.Open(demo.Pdf);
        using var reference = PdfDocument.Open(whole.ToArray());

        var subsetText = subset.GetPages().Select(page => page.Text).ToList();
        var referenceText = reference.GetPages().Select(page => page.Text).ToList();

        Assert.Equal(referenceText.Count, subsetText.Count);
        for (var i = 0; i < referenceText.Count; i++)
        {
            Assert.Equal(referenceText[i], subsetText[i]);
        }

        // The comparison covers characters beyond ASCII that the pack draws (dashes, arrows, the RAG symbols).
        Assert.Contains(string.Concat(subsetText), c => c > '\u007f');
    }

    [Fact]
    public void Letters_OfTheDemoPdf_AreEachAGlyphOfTheSubset()
    {
        using var pdf = PdfDocument.Open(demo.Pdf);

        // A character left out of the subset is drawn as glyph 0, which carries no text: an empty or NUL letter.
        var missing = pdf.GetPages().SelectMany(page => page.Letters).Where(letter => letter.Value.Length == 0 || letter.Value.Contains('\0', StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }
}

using ScrutinyReports.Rendering.Pdf;
using ScrutinyReports.Rendering.Pdf.Fonts;
using SkiaSharp;

namespace ScrutinyReports.Pipeline.Tests.Reports.Print;

/// <summary>HarfBuzz's subsetter, as the PDF uses it: the characters asked for keep their glyphs and widths, others go.</summary>
public sealed class FontSubsetterTests
{
    private const string Asked = "Ab 3.5% – ≥ £ ⚠ ↑ ● Ŵ";

    [Fact]
    public void Subset_KeepsEveryCharacterAskedForAtItsWholeFontWidth()
    {
        using var subsetter = new FontSubsetter(WholeRegular());
        using var face = Load(subsetter.Subset(Asked.EnumerateRunes().Select(r => r.Value)));
        using var subset = new SKFont(face, 10.5f) { LinearMetrics = true, Subpixel = true, Hinting = SKFontHinting.None };
        using var whole = new SKFont(PdfFonts.Regular, 10.5f) { LinearMetrics = true, Subpixel = true, Hinting = SKFontHinting.None };

        Assert.All(subset.GetGlyphs(Asked), glyph => Assert.NotEqual(0, glyph));
        foreach (var rune in Asked.EnumerateRunes())
        {
            Assert.Equal(whole.MeasureText(rune.ToString()), subset.MeasureText(rune.ToString()));
        }
    }

    [Fact]
    public void Subset_LeavesOutCharactersNotAskedFor()
    {
        using var subsetter = new FontSubsetter(WholeRegular());
        var bytes = subsetter.Subset("Ab".EnumerateRunes().Select(r => r.Value));
        using var face = Load(bytes);
        using var font = new SKFont(face, 10);

        Assert.Equal([0, 0], font.GetGlyphs("Zé"));
        Assert.True(bytes.Length < WholeRegular().Length / 50, $"{bytes.Length} bytes for two characters");
    }

    [Fact]
    public void Subset_CalledFromManyThreadsAtOnce_GivesFontsThatLoad()
    {
        using var subsetter = new FontSubsetter(WholeRegular());

        var sizes = new int[64];
        Parallel.For(0, sizes.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            using var face = Load(subsetter.Subset(Asked.EnumerateRunes().Select(r => r.Value).Append('a' + (i % 26))));
            sizes[i] = face.GlyphCount;
        });

        Assert.All(sizes, count => Assert.True(count > 10, $"{count} glyphs"));
    }

    [Fact]
    public void Subset_AfterTheGarbageCollectorHasMovedMemory_StillReadsTheWholeFont()
    {
        using var subsetter = new FontSubsetter(WholeRegular());
        var garbage = Enumerable.Range(0, 2000).Select(i => new byte[1000 + i]).ToList();
        garbage.Clear();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();

        using var face = Load(subsetter.Subset(Asked.EnumerateRunes().Select(r => r.Value)));
        using var font = new SKFont(face, 10);

        Assert.All(font.GetGlyphs(Asked), glyph => Assert.NotEqual(0, glyph));
    }

    private static byte[] WholeRegular()
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream("ScrutinyReports.Rendering.Fonts.DejaVuSans.ttf")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static SKTypeface Load(byte[] font)
    {
        using var data = SKData.CreateCopy(font);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("The subset does not load.");
    }
}

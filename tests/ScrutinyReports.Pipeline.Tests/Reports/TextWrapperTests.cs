using ScrutinyReports.Rendering.Pdf;
using SkiaSharp;

namespace ScrutinyReports.Pipeline.Tests.Reports;

/// <summary>How the PDF breaks text into lines: at spaces, and through a word only when it alone is wider than the line.</summary>
public sealed class TextWrapperTests
{
    private const float Width = 300f;

    [Fact]
    public void Wrap_Sentence_BreaksAtSpacesAndEveryLineFits()
    {
        using var font = new SKFont(PdfFonts.Regular, 10.5f);
        var text = string.Join(' ', Enumerable.Repeat("Re-referrals within twelve months rose again this month.", 8));

        var lines = TextWrapper.Wrap(text, font, Width);

        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.True(font.MeasureText(line) <= Width, $"\"{line}\" is wider than the line"));
        Assert.Equal(text, string.Join(' ', lines));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(20_000)]
    public void Wrap_UnbrokenWord_CutIntoFullLinesThatFitAndLoseNothing(int length)
    {
        using var font = new SKFont(PdfFonts.Regular, 10.5f);
        var word = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))));

        var lines = TextWrapper.Wrap("Commentary: " + word + " ends.", font, Width);

        Assert.Equal("Commentary:" + word + "ends.", string.Concat(lines).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.True(font.MeasureText(line) <= Width, $"a line of {line.Length} characters is wider than the line"));
        // Every cut line but the last piece is full: adding the next character would not fit.
        var pieces = lines.Skip(1).SkipLast(1).ToList();
        Assert.All(pieces.SkipLast(1), piece => Assert.True(font.MeasureText(piece + "m") > Width));
    }

    [Fact]
    public void Wrap_WordOfSurrogatePairs_NeverCutsAPairInTwo()
    {
        using var font = new SKFont(PdfFonts.Regular, 10.5f);
        var word = string.Concat(Enumerable.Repeat("\U0001D400", 400));

        var lines = TextWrapper.Wrap(word, font, Width);

        Assert.All(lines, line => Assert.False(line.Length > 0 && char.IsHighSurrogate(line[^1])));
        Assert.Equal(word, string.Concat(lines));
    }
}

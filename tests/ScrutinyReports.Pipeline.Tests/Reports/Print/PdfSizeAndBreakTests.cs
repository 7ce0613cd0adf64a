using System.Net;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ScrutinyReports.Pipeline.Tests.Reports.Print;

/// <summary>Printed text is large enough to read, and no word is broken across lines.</summary>
public sealed partial class PdfSizeAndBreakTests(DemoPdf demo) : IClassFixture<DemoPdf>
{
    [Fact]
    public void Letters_OfTheDemoPdf_AreAtLeastNinePoint()
    {
        using var pdf = PdfDocument.Open(demo.Pdf);

        var smallest = pdf.GetPages().SelectMany(page => page.Letters).Where(letter => !string.IsNullOrWhiteSpace(letter.Value)).Min(letter => letter.PointSize);

        Assert.True(smallest >= 9, $"smallest letter {smallest} pt");
    }

    [Theory]
    [InlineData("recommended")]
    [InlineData("statistically")]
    public void BodyText_OfTheDemoPdf_IsAtLeastTenAndAHalfPoint(string word)
    {
        using var pdf = PdfDocument.Open(demo.Pdf);

        var sizes = pdf.GetPages().SelectMany(page => page.GetWords()).Where(found => found.Text == word).SelectMany(word => word.Letters).Select(letter => letter.PointSize).ToList();

        Assert.NotEmpty(sizes);
        Assert.All(sizes, size => Assert.True(size >= 10.5, $"{size} pt"));
    }

    [Fact]
    public void Words_OfTheDemoPdf_AreAllWholeWordsOfTheReport()
    {
        // Every word the HTML version holds, whole; a word broken across two lines of the PDF is not among them.
        var html = WebUtility.HtmlDecode(Tags().Replace(demo.Html, " "));
        var known = html.Split((char[])[' ', '\n', '\r', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        using var pdf = PdfDocument.Open(demo.Pdf);

        // A word cut at a line end: the end of one line and the start of the next join into a word of the report.
        // The contents list is left out: a page number and the next section's number ("29", "6.0") are two words. So is
        // text drawn turned (a funnel plot's vertical axis title), which reads as one letter per word.
        var broken = pdf.GetPages().SelectMany(page => page.GetWords().Where(word => word.TextOrientation == TextOrientation.Horizontal).ToList() is var words ? words.Zip(words.Skip(1)) : [])
            .Where(pair => pair.Second.BoundingBox.Bottom < pair.First.BoundingBox.Bottom - 1 && !known.Contains(pair.First.Text) && known.Contains(pair.First.Text + pair.Second.Text))
            .Where(pair => !(ContentsPage().IsMatch(pair.First.Text) && ContentsSection().IsMatch(pair.Second.Text)))
            .Select(pair => $"{pair.First.Text}|{pair.Second.Text}").Distinct(StringComparer.Ordinal).ToList();

        Assert.Empty(broken);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex ContentsPage();

    [GeneratedRegex("^[0-9]+\\.[0-9]+$")]
    private static partial Regex ContentsSection();

}

using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ScrutinyReports.Pipeline.Tests.Reports.Print;

/// <summary>Page breaks keep headings with what follows them and leave no page nearly empty.</summary>
public sealed class PdfPageBreakTests(DemoPdf demo) : IClassFixture<DemoPdf>
{
    private const double BodySize = 10.5;

    [Fact]
    public void EveryPage_OfTheDemoPdf_EndsWithSomethingOtherThanAHeading()
    {
        using var pdf = PdfDocument.Open(demo.Pdf);

        foreach (var page in pdf.GetPages().SkipLast(1))
        {
            var last = Lines(page)[^1];
            Assert.False(last.Max(letter => letter.PointSize) > BodySize, $"page {page.Number} ends with the heading \"{string.Concat(last.Select(l => l.Value))}\"");
        }
    }

    [Fact]
    public void EveryPage_OfTheDemoPdf_ButTheLastHoldsAtLeastFiveLines()
    {
        using var pdf = PdfDocument.Open(demo.Pdf);

        Assert.All(pdf.GetPages().SkipLast(1), page => Assert.True(Lines(page).Count >= 5, $"page {page.Number}: {Lines(page).Count} lines"));
    }

    // The page's text lines between the running header and footer, top to bottom, grouped by baseline.
    private static List<List<Letter>> Lines(Page page) =>
        page.Letters.Where(letter => !string.IsNullOrWhiteSpace(letter.Value) && letter.StartBaseLine.Y < page.Height - 45 && letter.StartBaseLine.Y > 70)
            .GroupBy(letter => Math.Round(letter.StartBaseLine.Y))
            .OrderByDescending(line => line.Key)
            .Select(line => line.ToList())
            .ToList();
}

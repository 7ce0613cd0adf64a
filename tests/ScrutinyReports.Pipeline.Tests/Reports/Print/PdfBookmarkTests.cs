using System.Net;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace ScrutinyReports.Pipeline.Tests.Reports.Print;

/// <summary>The PDF opens with bookmarks to every numbered section, theme and indicator, each on its heading's page.</summary>
public sealed partial class PdfBookmarkTests(DemoPdf demo) : IClassFixture<DemoPdf>
{
    [Fact]
    public void Bookmarks_OfTheDemoPdf_LeadToEveryNumberedHeadingOnThePageItIsDrawn()
    {
        using var pdf = PdfDocument.Open(demo.Pdf);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var nodes = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().ToList();

        // The numbered headings of the HTML version (sections, 3.1, themes) and every indicator's heading.
        var headings = Heading().Matches(demo.Html).Select(m => (Level: m.Groups["level"].Value, Text: WebUtility.HtmlDecode(m.Groups["text"].Value)))
            .Where(h => h.Level == "4" || Numbered().IsMatch(h.Text)).ToList();
        Assert.Contains(headings, h => h.Level == "2");
        Assert.Contains(headings, h => h.Level == "4");

        foreach (var (level, text) in headings)
        {
            var node = Assert.Single(nodes, n => n.Title == text);
            Assert.Equal(level switch { "2" => 0, "3" => 1, _ => 2 }, node.Level);
            var page = pdf.GetPage(node.PageNumber);
            Assert.Contains(WebUtility.HtmlDecode(text), PdfText.OfPage(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Bookmarks_OfTheDemoPdf_ComeInTheOrderOfThePages()
    {
        using var pdf = PdfDocument.Open(demo.Pdf);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));

        var pages = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().Select(n => n.PageNumber).ToList();

        Assert.True(pages.Count > 20, $"{pages.Count} bookmarks");
        Assert.Equal(pages.Order(), pages);
    }

    [Fact]
    public void Catalog_OfTheDemoPdf_OpensWithTheBookmarksAndKeepsTitleAndLanguage()
    {
        using var pdf = PdfDocument.Open(demo.Pdf);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;

        Assert.Equal(NameToken.Create("UseOutlines"), catalog.Data["PageMode"]);
        Assert.Equal("en-GB", ((StringToken)catalog.Data["Lang"]).Data);
        var preferences = Assert.IsType<DictionaryToken>(catalog.Data["ViewerPreferences"]);
        Assert.Equal(BooleanToken.True, preferences.Data["DisplayDocTitle"]);
        Assert.StartsWith("Children's Services Performance Report", pdf.Information.Title, StringComparison.Ordinal);
    }

    [GeneratedRegex("<h(?<level>[234]) id=\"(?!contents|cover-sheet|recommendations)[^\"]+\">(?<text>[^<]+)</h[234]>")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[0-9]+\.[0-9]+ ")]
    private static partial Regex Numbered();
}

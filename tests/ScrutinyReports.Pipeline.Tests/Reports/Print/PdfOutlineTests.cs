using ScrutinyReports.Rendering.Pdf.Outlines;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace ScrutinyReports.Pipeline.Tests.Reports.Print;

/// <summary>The outline writer on a small PDF as SkiaSharp writes it: nesting, pages, titles, and what it refuses.</summary>
public sealed class PdfOutlineTests
{
    [Fact]
    public void Append_NestsTheEntriesAndPointsEachAtItsPage()
    {
        var pdf = PdfOutline.Append(ThreePages(), [new("1.0 First – ≥ £", "one", 0), new("1.1 Inside", "two", 1), new("2.0 Last", "three", 0)]);

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();

        Assert.Equal(["1.0 First – ≥ £", "2.0 Last"], roots.Select(r => r.Title));
        Assert.Equal([1, 3], roots.Select(r => r.PageNumber));
        var child = Assert.IsType<DocumentBookmarkNode>(Assert.Single(roots[0].Children));
        Assert.Equal(("1.1 Inside", 2), (child.Title, child.PageNumber));
        Assert.Equal(3, document.NumberOfPages);
    }

    [Fact]
    public void Append_LeavesTheBytesSkiaWroteAsTheyWere()
    {
        var original = ThreePages();

        var pdf = PdfOutline.Append(original, [new("Only", "one", 0)]);

        Assert.Equal(original, pdf[..original.Length]);
    }

    public static TheoryData<PdfOutlineEntry[], string> Refused => new()
    {
        { [new("Missing", "nowhere", 0)], "no destination was drawn for the anchor \"nowhere\"" },
        { [new("Top", "one", 0), new("Too deep", "two", 2)], "at level 2, more than one below the entry before it" },
        { [], "at least one entry" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Append_RefusesAnOutlineItCannotWrite(PdfOutlineEntry[] entries, string message)
    {
        var error = Record.Exception(() => PdfOutline.Append(ThreePages(), entries));

        Assert.Contains(message, error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_RefusesAPdfThatAlreadyHasAnOutline()
    {
        var once = PdfOutline.Append(ThreePages(), [new("Only", "one", 0)]);

        var error = Assert.Throws<InvalidOperationException>(() => PdfOutline.Append(once, [new("Again", "two", 0)]));

        Assert.Contains("already has an outline", error.Message, StringComparison.Ordinal);
    }

    private static byte[] ThreePages()
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            foreach (var anchor in new[] { "one", "two", "three" })
            {
                var canvas = document.BeginPage(200, 200);
                canvas.DrawNamedDestinationAnnotation(new SKPoint(10, 20), anchor);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }
}

using UglyToad.PdfPig;

namespace ScrutinyReports.Pipeline.Tests.Reports.Print;

/// <summary>Text taken out of the printed report reads as written, so searching and copying from the PDF work.</summary>
public sealed class PdfTextTests(DemoPdf demo) : IClassFixture<DemoPdf>
{
    public static TheoryData<string> Phrases => new()
    {
        "Children's Services Performance Report", // bold, 20 pt
        "Recommendation(s) for action or decision", // bold heading
        "The Panel is recommended to:",
        "Improved: Children seen within 5 working days", // bold table cell
        "Performance on a page",
        "Children seen within 5 working days",
        "Accessible version: report.html, in the same folder and on the reports portal.",
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Words_OfTheDemoPdf_HoldThePhraseVerbatim(string phrase)
    {
        using var pdf = PdfDocument.Open(demo.Pdf);

        var text = string.Join(" ", pdf.GetPages().Select(PdfText.OfPage));

        Assert.Contains(phrase, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_OfTheDemoPdf_HaveNoGapsInside()
    {
        using var pdf = PdfDocument.Open(demo.Pdf);

        var words = pdf.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain("Impro", words);
        Assert.DoesNotContain("ved:", words);
        Assert.DoesNotContain("Ado", words);
    }
}

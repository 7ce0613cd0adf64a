using UglyToad.PdfPig;

namespace ScrutinyReports.Pipeline.Tests.Reports.Print;

/// <summary>Every printed page, and the cover, say where the accessible HTML version is.</summary>
public sealed class PdfFooterTests(DemoPdf demo) : IClassFixture<DemoPdf>
{
    [Fact]
    public void EveryPage_OfTheDemoPdf_NamesTheAccessibleHtmlVersion()
    {
        using var pdf = PdfDocument.Open(demo.Pdf);

        Assert.All(pdf.GetPages(), page => Assert.Contains("Accessible version: report.html", page.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Cover_OfTheDemoPdf_SaysTheHtmlIsTheAccessibleVersion()
    {
        using var pdf = PdfDocument.Open(demo.Pdf);

        var cover = PdfText.OfPage(pdf.GetPage(1));

        Assert.Contains("The accessible version of this report is report.html, in the same folder as this PDF and on the reports portal", cover, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_OfTheDemoPdf_AsksViewersToShowTheTitle()
    {
        using var pdf = PdfDocument.Open(demo.Pdf);

        var preferences = (UglyToad.PdfPig.Tokens.DictionaryToken)pdf.Structure.Catalog.CatalogDictionary.Data["ViewerPreferences"];

        Assert.True(((UglyToad.PdfPig.Tokens.BooleanToken)preferences.Data["DisplayDocTitle"]).Data);
    }
}

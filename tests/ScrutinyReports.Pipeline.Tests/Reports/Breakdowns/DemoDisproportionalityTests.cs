using AngleSharp.Html.Parser;
using ScrutinyReports.Pipeline.Tests.Reports.Print;
using UglyToad.PdfPig;

namespace ScrutinyReports.Pipeline.Tests.Reports.Breakdowns;

/// <summary>
/// The demo's children looked after by age band and sex, set against its illustrative child population, as the HTML
/// and PDF show them under each breakdown. The figures are the report's own, rounded as shown.
/// </summary>
public sealed class DemoDisproportionalityTests(DemoPdf demo) : IClassFixture<DemoPdf>
{
    private Domain.Reports.Breakdowns.BreakdownDisproportionality Part(string dimension) =>
        demo.Report.Indicators.Single(e => e.Analysis.Indicator.Id == "CLA_COUNT").Breakdowns.Single(s => s.Dimension == dimension).Disproportionality!;

    [Fact]
    public void Html_AgeTable_HasItsCaptionAndEveryBandsRatioIntervalAndVerdict()
    {
        var document = new HtmlParser().ParseDocument(demo.Html);
        var table = document.GetElementById("population-cla-count-age")!.ParentElement!.QuerySelector("table.disproportionality-table")!;
        var part = Part("age");

        Assert.Equal($"Children looked after by age, September 2019, against the mid-{part.EstimateYear} child population", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(2019, part.EstimateYear);
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(part.Groups.Select(g => g.Name), rows.Select(r => r[0]));
        foreach (var (row, group) in rows.Zip(part.Groups))
        {
            Assert.Equal(group.Count.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture), row[1]);
            Assert.Equal($"{Math.Round((decimal)group.Ratio, 2, MidpointRounding.AwayFromZero):0.00}", row[4]);
            Assert.Equal($"{Math.Round((decimal)group.Interval.Lower, 2, MidpointRounding.AwayFromZero):0.00} to {Math.Round((decimal)group.Interval.Upper, 2, MidpointRounding.AwayFromZero):0.00}", row[5]);
        }

        // Older children are over-represented in care, as in England; the verdict is in words, not colour.
        Assert.Equal("Over-represented", rows.Single(r => r[0] == "16 years and over")[6]);
        Assert.Contains("Over-represented: 10 to 15 years and 16 years and over.", table.ParentElement!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ILLUSTRATIVE-not-ONS", table.ParentElement!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_Sex_ShowsNoEmptyUnknownRow()
    {
        var document = new HtmlParser().ParseDocument(demo.Html);
        var breakdown = document.GetElementById("breakdown-cla-count-sex")!.ParentElement!;

        Assert.Equal(["Male", "Female"], breakdown.QuerySelectorAll("table.breakdown-table tbody th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["Male", "Female"], breakdown.QuerySelectorAll("table.disproportionality-table tbody th").Select(th => th.TextContent.Trim()));
    }

    [Fact]
    public void Pdf_ShowsTheComparisonUnderTheBreakdown()
    {
        using var pdf = PdfDocument.Open(demo.Pdf);
        var text = string.Join(" ", pdf.GetPages().Select(PdfText.OfPage));
        var older = Part("age").Groups.Single(g => g.Name == "16 years and over");

        var start = text.IndexOf("Children looked after by age, September 2019, against the mid-2019 child population", StringComparison.Ordinal);
        Assert.True(start > text.IndexOf("Children looked after by age, September 2019, in the categories' own order", StringComparison.Ordinal));
        Assert.Contains($"16 years and over {older.Count} ", text[start..], StringComparison.Ordinal);
        Assert.Contains($"{Math.Round((decimal)older.Ratio, 2, MidpointRounding.AwayFromZero):0.00} {Math.Round((decimal)older.Interval.Lower, 2, MidpointRounding.AwayFromZero):0.00} to", text[start..], StringComparison.Ordinal);
    }
}

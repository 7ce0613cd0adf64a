using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Tests.Reports.Print;
using UglyToad.PdfPig;

namespace ScrutinyReports.Pipeline.Tests.Reports;

/// <summary>
/// The theme tables as a council's performance framework lays them out: the last three years, the latest figure, the
/// target with its amber band, the rating and comparators, read back from the rendered HTML, PDF and JSON.
/// </summary>
public sealed class FrameworkTableTests : PipelineFixture
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2019, 9);

    // CIN_SEEN_5D has no March 2017 figure (September 2016 stands in) and its March 2018 figure is corrected later;
    // A1_DAYS (annual in the test catalogue) has nothing for 2015/16, between its 2014/15 and 2016/17 figures.
    private const string Figures = "indicator,period,value\n" +
        "CIN_SEEN_5D,2016-09,40.2\nCIN_SEEN_5D,2018-03,61.0\nCIN_SEEN_5D,2019-03,55.3\nCIN_SEEN_5D,2019-08,74.6\nCIN_SEEN_5D,2019-09,77.5\n" +
        "A1_DAYS,2014/15,702\nA1_DAYS,2016/17,630\nA1_DAYS,2017/18,779\nA1_DAYS,2018/19,457\n";

    private const string Correction = "indicator,period,value\nCIN_SEEN_5D,2018-03,61.5\n";

    [Fact]
    public async Task Html_ThemeTable_HasTheFrameworkColumnsInsteadOfThePreviousThreePeriods()
    {
        var document = await PublishedHtmlAsync();

        var table = ThemeTable(document, "theme-children-in-need");
        var headings = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();

        Assert.Equal(["Indicator and good direction", "Last three years", "Latest", "Target (amber band)", "RAG", "Change on previous period", "Comparators", "Variation and assurance"], headings);
        Assert.DoesNotContain(document.QuerySelectorAll("th"), th => th.TextContent.Contains("Previous three periods", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Html_LastThreeYears_NamesEachFigureByWhatItIsAndMarksTheRevisedOne()
    {
        var document = await PublishedHtmlAsync();

        var row = Row(document, "indicator-cin-seen-5d");

        Assert.Equal(["Sep 2016: 40.2%", "Mar 2018: 61.5% (revised)", "Mar 2019: 55.3%"], Lines(row, "Last three years"));
        Assert.Equal("77.5%Sep 2019", Cell(row, "Latest").TextContent.Trim());
        Assert.Equal("At least 80% (amber from 75%)", Cell(row, "Target (amber band)").TextContent.Trim());
        Assert.Equal("▲ Amber: close to target", Cell(row, "RAG").TextContent.Trim());
    }

    [Fact]
    public async Task Html_AnnualMeasure_ShowsTheYearsBeforeItsLatestAsOutturnsAndAMissingYearAsNoData()
    {
        var document = await PublishedHtmlAsync();

        var row = Row(document, "indicator-a1-days");

        Assert.Equal(["2015/16: No data", "2016/17 outturn: 630", "2017/18 outturn: 779"], Lines(row, "Last three years"));
        Assert.Equal("No more than 426 days (amber up to 456 days)", Cell(row, "Target (amber band)").TextContent.Trim());
    }

    [Fact]
    public async Task Pdf_ThemeTable_ReadsTheLastThreeYearsAndTheAmberBand()
    {
        await IngestCsvAsync(Figures);
        await IngestCsvAsync(Correction, "correction.csv");

        using var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await Publisher.PublishAsync(September)).PdfPath));
        var text = string.Join(" ", pdf.GetPages().Select(PdfText.OfPage));

        Assert.Contains("Last three years and recent trend", text, StringComparison.Ordinal);
        Assert.Contains("Sep 2016: 40.2% Mar 2018: 61.5% (revised) Mar 2019: 55.3%", text, StringComparison.Ordinal);
        Assert.Contains("Target: At least 80% (amber from 75%)", text, StringComparison.Ordinal);
        Assert.Contains("2015/16: No data 2016/17 outturn: 630 2017/18 outturn: 779", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Previous periods and trend", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_Outturns_GiveYearPeriodKindValueAndRevision()
    {
        await IngestCsvAsync(Figures);
        await IngestCsvAsync(Correction, "correction.csv");

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync((await Publisher.PublishAsync(September)).JsonPath));
        var seen = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "CIN_SEEN_5D");
        var outturns = seen.GetProperty("outturns").EnumerateArray()
            .Select(o => (o.GetProperty("year").GetString(), o.GetProperty("period").GetString(), o.GetProperty("kind").GetString(), o.GetProperty("value").GetDecimal(), o.GetProperty("revised").GetBoolean()))
            .ToList();

        Assert.Equal(
            [("2016/17", "2016-09", "same_month", 40.2m, false), ("2017/18", "2018-03", "year_end", 61.5m, true), ("2018/19", "2019-03", "year_end", 55.3m, false)],
            outturns);
    }

    private async Task<IDocument> PublishedHtmlAsync()
    {
        await IngestCsvAsync(Figures);
        await IngestCsvAsync(Correction, "correction.csv");
        var html = await File.ReadAllTextAsync((await Publisher.PublishAsync(September)).HtmlPath);
        return new HtmlParser().ParseDocument(html);
    }

    private static IElement ThemeTable(IDocument document, string theme) =>
        document.QuerySelector($"section[aria-labelledby='{theme}'] table.data") ?? throw new InvalidOperationException($"No table for {theme}.");

    private static IElement Row(IDocument document, string anchor) =>
        document.QuerySelectorAll("section[aria-labelledby^='theme-'] table.data tbody tr").Single(tr => tr.QuerySelector("th a")?.GetAttribute("href") == "#" + anchor);

    private static IElement Cell(IElement row, string label) =>
        row.QuerySelector($"td[data-label='{label}']") ?? throw new InvalidOperationException($"No {label} cell.");

    private static List<string> Lines(IElement row, string label) => [.. Cell(row, label).QuerySelectorAll("li").Select(li => li.TextContent.Trim())];
}

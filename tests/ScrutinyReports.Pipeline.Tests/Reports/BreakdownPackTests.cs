using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Pipeline.Tests.Reports.Print;
using UglyToad.PdfPig;

namespace ScrutinyReports.Pipeline.Tests.Reports;

/// <summary>
/// Breakdowns as the pack shows them: the table in the teams' declared order, the funnel plot with its caption and
/// key, suppressed cells in words, read back from the rendered HTML, PDF and xlsx.
/// </summary>
public sealed class BreakdownPackTests : PipelineFixture
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2019, 9);

    private static readonly string[] NumberColumns = ["Value", "Numerator", "Denominator", "Lower 95% limit", "Upper 95% limit", "Lower 99.8% limit", "Upper 99.8% limit"];

    // Whole authority 80% (800 of 1,000). Limits p0 ± z √(p0 (1 − p0) / n), z = 1.959964 and 3.090232:
    // n = 200: √(0.16 / 200) = 2.828427 pts, so 95% 74.46% to 85.54% and 99.8% 71.26% to 88.74%; North (65.0%) is below the lower 99.8% limit.
    // n = 400: 2.0 pts, so 95% 76.08% to 83.92% and 99.8% 73.82% to 86.18%; South (82.0%) is inside, East (85.5%) between the two.
    // CLA_COUNT (a count: no funnel): North's 3 is a small number, and South's 17 is suppressed with it so that 3 cannot be worked out from 40.
    private const string Upload = """
        indicator,period,breakdown,value,numerator,denominator
        CIN_SEEN_5D,2019-09,,80.0,800,1000
        CIN_SEEN_5D,2019-09,North,65.0,130,200
        CIN_SEEN_5D,2019-09,South,82.0,328,400
        CIN_SEEN_5D,2019-09,East,85.5,342,400
        CIN_SEEN_5D,2019-08,North,70.0,140,200
        CLA_COUNT,2019-09,,40,,
        CLA_COUNT,2019-09,North,3,,
        CLA_COUNT,2019-09,South,17,,
        CLA_COUNT,2019-09,East,20,,
        """;

    private async Task<PublishedReport> PublishAsync(Audience audience)
    {
        await Store.Catalogue.SaveDeclaredDimensionsAsync([new BreakdownDimension("team", [new BreakdownCategory("South"), new BreakdownCategory("North"), new BreakdownCategory("East")])]);
        await Store.Panels.SaveAsync(new Panel("cypf", "Children's panel")
        {
            Audience = audience,
            Breakdowns = [new PanelBreakdown("CIN_SEEN_5D", ["team"]), new PanelBreakdown("CLA_COUNT", ["team"])],
        });
        await IngestCsvAsync(Upload);
        return await Publisher.PublishAsync(September, "cypf");
    }

    private async Task<IDocument> HtmlAsync(Audience audience) =>
        new HtmlParser().ParseDocument(await File.ReadAllTextAsync((await PublishAsync(audience)).HtmlPath));

    private static IElement Breakdown(IDocument document, string anchor) =>
        document.GetElementById(anchor)?.ParentElement ?? throw new InvalidOperationException($"No breakdown {anchor}.");

    private static List<List<string>> BodyRows(IElement table) =>
        [.. table.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(cell => cell.TextContent.Trim()).ToList())];

    [Fact]
    public async Task Html_BreakdownTable_KeepsDeclaredOrderAndShowsValueChangeCountsAndPositionInWords()
    {
        var document = await HtmlAsync(Audience.Internal);

        var section = Breakdown(document, "breakdown-cin-seen-5d-team");
        var table = section.QuerySelector("table.breakdown-table")!;
        Assert.Equal(["Team", "Latest, Sep 2019", "Change since Aug 2019", "Number out of", "Against the whole authority"],
            table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(
        [
            ["South", "82.0%", "No figure to compare", "328 out of 400", "● Inside the 95% limits"],
            ["North", "65.0%", "−5.0 pts", "130 out of 200", "▼ Outside the 99.8% limits (below)"],
            ["East", "85.5%", "No figure to compare", "342 out of 400", "○ Between the 95% and 99.8% limits (above)"],
        ], BodyRows(table));
        Assert.Equal("true", table.QuerySelector("tbody tr:nth-child(2) td:last-child span")!.GetAttribute("aria-hidden"));
        var narrative = section.QuerySelectorAll("p").Select(p => p.TextContent).Single(p => p.Contains("99.8%", StringComparison.Ordinal));
        Assert.Equal("The North team's children seen within 5 working days, 65.0%, is below the lower 99.8% limit: worse than chance variation would explain.", narrative);
        Assert.True(narrative.Length > 0 && section.InnerHtml.IndexOf(narrative, StringComparison.Ordinal) < section.InnerHtml.IndexOf("<table", StringComparison.Ordinal), "the narrative comes before the table");
        Assert.NotNull(document.QuerySelector("nav a[href='#breakdowns']"));
        var region = table.ParentElement!;
        Assert.Equal(("region", "0"), (region.GetAttribute("role"), region.GetAttribute("tabindex")));
    }

    [Fact]
    public async Task Html_FunnelPlot_HasTitleCaptionNamingPeriodAndMethod_AndAKeyOfHandCheckedLimits()
    {
        var document = await HtmlAsync(Audience.Internal);

        var section = Breakdown(document, "breakdown-cin-seen-5d-team");
        var svg = section.QuerySelector("svg.funnel-chart")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Children seen within 5 working days by team, September 2019: funnel plot", svg.QuerySelector("title")!.TextContent);
        var caption = document.GetElementById(svg.GetAttribute("aria-describedby")!)!;
        Assert.Contains("Spiegelhalter funnel plot; limits at 95% and 99.8%.", caption.TextContent, StringComparison.Ordinal);
        Assert.Contains("September 2019", caption.TextContent, StringComparison.Ordinal);
        Assert.Contains("whole authority's 80.0%", caption.TextContent, StringComparison.Ordinal);
        Assert.Contains("Funnel plot", document.QuerySelectorAll("dl.glossary dt").Select(dt => dt.TextContent));
        Assert.Equal(
        [
            ["South", "82.0%", "400", "76.08% to 83.92%", "73.82% to 86.18%", "Inside the 95% limits"],
            ["North", "65.0%", "200", "74.46% to 85.54%", "71.26% to 88.74%", "Outside the 99.8% limits (below)"],
            ["East", "85.5%", "400", "76.08% to 83.92%", "73.82% to 86.18%", "Between the 95% and 99.8% limits (above)"],
        ], BodyRows(section.QuerySelector("details table")!));

        // Geometry: x runs 0 to 500 (432, the largest denominator and 8%, up to a round step) across 62 to 390;
        // South is a dot at 400 (x = 324.4), East a ring there, North (outside 99.8%) a triangle at 200 (x = 193.2) with a bold label.
        var circles = svg.QuerySelectorAll("circle").ToList();
        Assert.Equal(2, circles.Count);
        Assert.All(circles, c => Assert.Equal("324.4", c.GetAttribute("cx")));
        Assert.Equal("#fff", circles[1].GetAttribute("fill"));
        var labels = svg.QuerySelectorAll("text").Where(t => t.TextContent is "North" or "South" or "East").ToList();
        Assert.Equal(["South", "North", "East"], labels.Select(t => t.TextContent));
        Assert.Equal("bold", labels[1].GetAttribute("font-weight"));
        Assert.Null(labels[0].GetAttribute("font-weight"));
        Assert.Equal(4, svg.QuerySelectorAll("polyline").Length);
        var triangle = Assert.Single(svg.QuerySelectorAll("path"));
        Assert.StartsWith("M193.2 ", triangle.GetAttribute("d"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_PublicCountBreakdown_ShowsSuppressedCellsAsWordsWithTheirReasons_AndNoNumber()
    {
        var document = await HtmlAsync(Audience.Public);

        var section = Breakdown(document, "breakdown-cla-count-team");
        var rows = BodyRows(section.QuerySelector("table")!);
        Assert.Equal(["South", "Suppressed (protects another figure)", "Not shown (suppressed)"], rows[0]);
        Assert.Equal(["North", "Suppressed (small numbers)", "Not shown (suppressed)"], rows[1]);
        Assert.Equal(["East", "20", "No figure to compare"], rows[2]);
        Assert.All(rows.Take(2).SelectMany(row => row.Skip(1)), cell => Assert.DoesNotMatch(@"\d", cell));
        Assert.Null(section.QuerySelector("svg"));
        var notes = section.QuerySelectorAll("p.note").Select(p => p.TextContent).ToList();
        Assert.Equal(2, notes.Count);
        Assert.StartsWith("Suppressed (small numbers):", notes[0], StringComparison.Ordinal);
        Assert.Contains("secondary suppression", notes[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_Breakdowns_NameTheFlaggedUnitAndShowLimits_AndSuppressedCellsAsWords()
    {
        var published = await PublishAsync(Audience.Public);

        using var pdf = PdfDocument.Open(await File.ReadAllBytesAsync(published.PdfPath));
        var text = string.Join(" ", pdf.GetPages().Select(PdfText.OfPage));
        Assert.Contains("The North team's children seen within 5 working days, 65.0%, is below the lower 99.8% limit", text, StringComparison.Ordinal);
        Assert.Contains("North 65.0% 200 74.46% to 85.54% 71.26% to 88.74% Outside the 99.8% limits (below)", text, StringComparison.Ordinal);
        Assert.Contains("Spiegelhalter funnel plot; limits at 95% and 99.8%.", text, StringComparison.Ordinal);
        Assert.Contains("South Suppressed (protects another figure) Not shown (suppressed)", text, StringComparison.Ordinal);
        Assert.Contains("North Suppressed (small numbers) Not shown (suppressed)", text, StringComparison.Ordinal);
        Assert.Contains("Children looked after by team", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_BreakdownsSheet_HasEachCategoryWithLimitsAndFlag_AndSuppressedCellsAsTheWord()
    {
        var published = await PublishAsync(Audience.Public);

        using var xlsx = new XlsxReadBack(published.XlsxPath);
        Assert.Equal(["Figures", "Breakdowns", "Definitions", "SPC", "About"], xlsx.SheetNames);
        var rows = xlsx.Rows("Breakdowns");
        string Text(IReadOnlyDictionary<string, DocumentFormat.OpenXml.Spreadsheet.Cell> row, string column) => XlsxReadBack.Text(row[column]);
        Assert.Equal(["CIN_SEEN_5D", "CIN_SEEN_5D", "CIN_SEEN_5D", "CLA_COUNT", "CLA_COUNT", "CLA_COUNT"], rows.Select(r => Text(r, "Indicator id")));
        var north = rows[1];
        Assert.Equal(("team", "North", "Sep 2019", "Per cent", "Final"), (Text(north, "Dimension"), Text(north, "Category"), Text(north, "Period"), Text(north, "Unit"), Text(north, "Status")));
        Assert.Equal([65.0m, 130m, 200m, 74.46m, 85.54m, 71.26m, 88.74m], NumberColumns.Select(c => XlsxReadBack.Number(north[c])));
        Assert.Equal("#,##0.00\"%\"", xlsx.FormatOf(north["Lower 99.8% limit"]));
        Assert.Equal("Outside the 99.8% limits (below)", Text(north, "Against the whole authority"));
        var suppressed = rows[4];
        Assert.Equal("North", Text(suppressed, "Category"));
        Assert.Equal(("Suppressed", "Suppressed (small numbers)"), (Text(suppressed, "Value"), Text(suppressed, "Status")));
        Assert.False(XlsxReadBack.IsNumber(suppressed["Value"]));
        Assert.Equal("Suppressed (protects another figure)", Text(rows[3], "Status"));
        Assert.Equal(20m, XlsxReadBack.Number(rows[5]["Value"]));
        Assert.DoesNotContain(rows.Where(r => Text(r, "Status").StartsWith("Suppressed", StringComparison.Ordinal)).SelectMany(r => r.Values), XlsxReadBack.IsNumber);
    }

    [Fact]
    public async Task PortalPeriodPage_NamesHowManyBreakdownsAndFlaggedCategoriesTheVersionHas()
    {
        await PublishAsync(Audience.Internal);

        await new ScrutinyReports.Pipeline.Portal.PortalSiteWriter(Store).WriteAsync(ScrutinyReports.Pipeline.Portal.PortalTarget.Local);

        var page = await Portal.PortalPages.ReadAsync(Store, "site", ScrutinyReports.Pipeline.Portal.PortalLinks.PeriodPage("cypf", "2019-09"));
        Assert.Contains("<dt>Breakdowns</dt><dd>2 breakdowns by team, area or group; 1 category outside the 99.8% funnel limits</dd>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_WithBreakdowns_InChromium_HasNoSeriousOrCriticalViolationsAndFitsAPhone()
    {
        var published = await PublishAsync(Audience.Public);
        var screenshots = Directory.CreateDirectory(Path.Combine(StorePath, "screenshots")).FullName;

        var result = await BrowserCheck.RunScriptAsync("check-report.mjs", published.HtmlPath, screenshots);

        var serious = result.GetProperty("violations").EnumerateArray().Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").Select(v => v.GetProperty("id").GetString()).ToList();
        Assert.True(serious.Count == 0, "serious or critical axe violations: " + string.Join(", ", serious));
        Assert.True(result.GetProperty("phoneScrollWidth").GetInt32() <= 390, "the page scrolls sideways on a 390-pixel phone");
        Assert.Empty(result.GetProperty("desktopBrokenWords").EnumerateArray().Select(word => word.GetString()));
        Assert.Empty(result.GetProperty("phoneBrokenWords").EnumerateArray().Select(word => word.GetString()));
        Assert.Contains(result.GetProperty("screenshots").EnumerateArray(), shot => shot.GetString()!.EndsWith("report-breakdowns.png", StringComparison.Ordinal));
    }
}

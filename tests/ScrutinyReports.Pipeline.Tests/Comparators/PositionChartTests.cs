using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Comparators;
using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Pipeline.Tests.Reports.Print;
using ScrutinyReports.Pipeline.Storage;
using UglyToad.PdfPig;

namespace ScrutinyReports.Pipeline.Tests.Comparators;

/// <summary>
/// All authorities' published figures kept per indicator and year at import, and the council's latest figure drawn
/// among them. The input is 22 unchanged rows of the DfE's c1 file (Comparators/Data): re-referrals within 12 months
/// for eight West Midlands authorities in 2025 (17, 18.5, 19.7, 20.7, 20.8, 22.5, 22.7, 26.3: QUARTILE.INC gives
/// 19.4, 20.75 and 22.55) and nine with a figure in 2024 (Herefordshire's is "u": 14.1, 18.4, 20, 20.9, 20.9,
/// 21.3, 21.3, 22.4, 25.7: quartiles 20, 20.9 and 21.3).
/// </summary>
public sealed partial class PositionChartTests : PipelineFixture
{
    private const string PublishedName = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";
    private static readonly string Fixture = Path.Combine(RepositoryRoot.Path, "tests", "ScrutinyReports.Pipeline.Tests", "Comparators", "Data", "c1-west-midlands-2024-2025.csv");

    [Fact]
    public async Task Import_SmallDfeFile_KeepsEachYearsSpreadOfAuthorities_LeavingCodedFiguresOut()
    {
        await Store.Catalogue.SaveAsync(BuiltInCatalogue.Indicators);

        var result = await new ComparatorImporter(Store).ImportAsync(Files(), "336", "2025");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var set = await ComparatorDocument.LoadAsync(Store.Files);
        var byYear = set.Distributions.Where(d => d.IndicatorId == "REREFERRALS_12M").ToDictionary(d => d.Period);
        Assert.Equal(2, byYear.Count);
        var latest = byYear[ReportingPeriod.FinancialYear(2024)];
        Assert.Equal(8, latest.Count);
        Assert.Equal([17m, 19.4m, 20.75m, 22.55m, 26.3m], latest.FiveNumbers);
        var earlier = byYear[ReportingPeriod.FinancialYear(2023)];
        Assert.Equal(9, earlier.Count);
        Assert.Equal([14.1m, 20m, 20.9m, 21.3m, 25.7m], earlier.FiveNumbers);
    }

    [Fact]
    public async Task ImportBorrowed_KeepsTheSpreadToo()
    {
        await Store.Catalogue.SaveAsync(BuiltInCatalogue.Indicators);

        await new ComparatorImporter(Store).ImportBorrowedAsync(Files(), "336");

        var set = await ComparatorDocument.LoadAsync(Store.Files);
        Assert.Empty(set.Positions);
        Assert.Equal(8, set.Distributions.Single(d => d.Period == ReportingPeriod.FinancialYear(2024)).Count);
    }

    [Fact]
    public async Task Load_DocumentStoredBeforeDistributionsWereKept_LoadsAndTheReportDrawsNoChart()
    {
        await Store.Catalogue.SaveAsync(BuiltInCatalogue.Indicators);
        const string old = """{"localAuthority":"336","snModel":"2025","comparators":[{"indicator":"REREFERRALS_12M","kind":"England","name":"England","frequency":"annual","period":"2024/25","value":22.6,"n":null,"leftOut":null,"state":null}],"positions":[],"populations":{}}""";
        using (var content = new MemoryStream(Encoding.UTF8.GetBytes(old)))
        {
            await Store.Files.WriteAsync(Containers.Comparators, ComparatorDocument.Path, content, overwrite: true);
        }

        var set = await ComparatorDocument.LoadAsync(Store.Files);
        await IngestCsvAsync("indicator,period,value\nREREFERRALS_12M,2025-06,21.0\n");
        var published = await Publisher.PublishAsync(ReportingPeriod.Month(2025, 6));

        Assert.Empty(set.Distributions);
        Assert.Equal(22.6m, Assert.Single(set.Comparators).Value);
        Assert.DoesNotContain("<figure class=\"position\">", await File.ReadAllTextAsync(published.HtmlPath), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, Indicator(await File.ReadAllTextAsync(published.JsonPath)).GetProperty("latestPosition").ValueKind);
    }

    [Fact]
    public async Task Html_PositionChart_IsAnAccessibleSvgWithBandsMarkersAndACaptionStatingTheBand()
    {
        var published = await PublishJuneAsync();
        var html = await File.ReadAllTextAsync(published.HtmlPath);

        var svg = XElement.Parse(SvgOf(html, "position-rereferrals-12m"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("img", (string?)svg.Attribute("role"));
        var title = svg.Element(ns + "title")!;
        Assert.Equal((string?)svg.Attribute("aria-labelledby"), (string?)title.Attribute("id"));
        Assert.Contains("Jun 2025 figure against the 8 authorities' published figures for 2024/25", title.Value, StringComparison.Ordinal);
        var caption = Regex.Match(html, $"<figcaption id=\"{(string?)svg.Attribute("aria-describedby")}\">(.*?)</figcaption>", RegexOptions.Singleline);
        Assert.True(caption.Success, "the SVG's description is not a caption on the page");
        // Lower is better: 21.0 is over the median (20.75) and no more than the upper quartile (22.55): band C.
        Assert.Contains("Band C: the council&#x27;s 12 months to June 2025 figure of 21.0% is in the second-highest quarter of the 8 local authorities&#x27; published figures for 2024/25 (lowest 17.0%, lower quartile 19.4%, median 20.8%, upper quartile 22.6%, highest 26.3%)", caption.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("a period earlier than", caption.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("E: England, 2024/25, 22.6%", caption.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("R: West Midlands, 2024/25, 19.5%", caption.Groups[1].Value, StringComparison.Ordinal);

        // Lower is better, so the best band (A) is on the left, at the lowest figures.
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        var bandLetters = svg.Descendants(ns + "text").Where(t => (string?)t.Attribute("font-weight") == "bold" && t.Value.Length == 1)
            .OrderBy(t => double.Parse((string)t.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture)).Select(t => t.Value);
        Assert.Equal(["A", "B", "C", "D"], bandLetters);
        Assert.Equal(4, svg.Elements(ns + "rect").Count());
        Assert.Contains("E", texts);
        Assert.Contains("R", texts);
        Assert.Contains("Lowest 17.0%", texts);
        Assert.Contains("Highest 26.3%", texts);
        Assert.Contains("This council 21.0%", texts);
    }

    [Fact]
    public async Task Json_LatestPosition_GivesYearBandCountAndQuartiles()
    {
        var published = await PublishJuneAsync();

        var position = Indicator(await File.ReadAllTextAsync(published.JsonPath)).GetProperty("latestPosition");

        Assert.Equal(("2024/25", "2025-06", "C", 8), (position.GetProperty("period").GetString(), position.GetProperty("figurePeriod").GetString(), position.GetProperty("band").GetString(), position.GetProperty("count").GetInt32()));
        Assert.Equal([17m, 19.4m, 20.75m, 22.55m, 26.3m], position.GetProperty("quartiles").EnumerateArray().Select(q => q.GetDecimal()));
        Assert.Equal(21.0m, position.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Pdf_PositionChart_HasItsLabelsAndCaptionAsText()
    {
        var published = await PublishJuneAsync();

        using var pdf = PdfDocument.Open(await File.ReadAllBytesAsync(published.PdfPath));
        var text = string.Join(" ", pdf.GetPages().Select(PdfText.OfPage));

        Assert.Contains("This council 21.0%", text, StringComparison.Ordinal);
        Assert.Contains("Lowest 17.0%", text, StringComparison.Ordinal);
        Assert.Contains("Position among all authorities. Band C: the council's 12 months to June 2025 figure of 21.0%", text, StringComparison.Ordinal);
        Assert.Contains("E: England, 2024/25, 22.6%", text, StringComparison.Ordinal);
    }

    private async Task<PublishedReport> PublishJuneAsync()
    {
        await Store.Catalogue.SaveAsync(BuiltInCatalogue.Indicators);
        var result = await new ComparatorImporter(Store).ImportAsync(Files(), "336", "2025");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        await IngestCsvAsync("indicator,period,value\nREREFERRALS_12M,2025-06,21.0\n");
        return await Publisher.PublishAsync(ReportingPeriod.Month(2025, 6));
    }

    private static Dictionary<string, Func<Stream>> Files() => new() { [PublishedName] = () => File.OpenRead(Fixture) };

    private static JsonElement Indicator(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "REREFERRALS_12M").Clone();

    private static string SvgOf(string html, string id)
    {
        var start = html.IndexOf($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"position-chart\" viewBox", StringComparison.Ordinal);
        Assert.True(start >= 0, "no position chart in the HTML");
        var svg = html[start..(html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length)];
        Assert.Contains($"id=\"{id}-title\"", svg, StringComparison.Ordinal);
        return svg;
    }
}

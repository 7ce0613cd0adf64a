using System.Text.Json;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Storage;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Annotations;

namespace ScrutinyReports.Pipeline.Tests.Reports;

/// <summary>The panel pack a councillor receives: cover sheet, numbered sections, questions, exceptions, and the PDF's structure.</summary>
public sealed class PanelPackTests : PipelineFixture
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2019, 9);

    private const string Figures = "indicator,period,value,commentary\n" +
        "CIN_SEEN_5D,2019-08,74.6,\nCIN_SEEN_5D,2019-09,71.0,Two duty workers were off sick\n" +
        "CLA_COUNT,2019-08,580,\nCLA_COUNT,2019-09,588,\nA1_DAYS,2017/18,779,\nA1_DAYS,2018/19,457,\n";

    [Fact]
    public async Task Html_WithTheDemoPanel_HasTheCoverSheetSectionsAndGeneratedQuestions()
    {
        await Store.Panels.SaveAsync(DemoCouncil.Panel);
        await IngestCsvAsync(Figures);

        var html = await File.ReadAllTextAsync((await Publisher.PublishAsync(September, "cypf")).HtmlPath);

        foreach (var label in new[] { "Report title", "Cabinet member with lead responsibility", "Wards affected", "Accountable director", "Originating service", "Accountable employee(s)", "Report to be/has been considered by", "Recommendation(s) for action or decision", "PUBLIC [NOT PROTECTIVELY MARKED]" })
        {
            Assert.Contains(label, html, StringComparison.Ordinal);
        }

        Assert.Matches("1.0 Purpose[\\s\\S]*2.0 Background[\\s\\S]*3.0 Performance[\\s\\S]*4.0 Questions for scrutiny to consider[\\s\\S]*5.0 Financial implications[\\s\\S]*11.0 Schedule of background papers", html);
        Assert.Contains("Children seen within 5 working days was 71.0% in September 2019, 9.0 percentage points below the target of at least 80%. What is being done to reach the target, and by when?", html, StringComparison.Ordinal);
        Assert.Contains("Two duty workers were off sick", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"chart-cin-seen-5d-desc\">Children seen within 5 working days, Aug 2019 to Sep 2019:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_WithoutOptionalPanelFields_LeavesTheirPlacesOutAndNumbersOnFromOne()
    {
        await IngestCsvAsync(Figures);

        var html = await File.ReadAllTextAsync((await Publisher.PublishAsync(September)).HtmlPath);

        Assert.Contains("1.0 Performance", html, StringComparison.Ordinal);
        Assert.Contains("2.0 Questions for scrutiny to consider", html, StringComparison.Ordinal);
        Assert.Contains("3.0 Schedule of background papers", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Purpose", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Cabinet member", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Recommendation(s)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_HasCoverContentsWithWorkingLinksRunningHeaderAndMetadata()
    {
        await Store.Panels.SaveAsync(DemoCouncil.Panel);
        await IngestCsvAsync(Figures);

        var path = (await Publisher.PublishAsync(September, "cypf")).PdfPath;
        using var pdf = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = false });

        var pages = pdf.GetPages().ToList();
        Assert.True(pages.Count >= 4, $"{pages.Count} pages");
        Assert.Contains("Cabinet member with lead", pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Contents", pages[1].Text, StringComparison.Ordinal);
        Assert.Contains($"Page 2 of {pages.Count}", pages[1].Text, StringComparison.Ordinal);
        Assert.All(pages.Skip(1), page => Assert.Contains("23 October 2019", page.Text, StringComparison.Ordinal));
        var links = pages[1].GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToList();
        Assert.True(links.Count >= 10, $"{links.Count} links on the contents page");
        Assert.Equal("Northbridge City Council (fictional)", pdf.Information.Author);
        Assert.Equal("Children's services performance for September 2019", pdf.Information.Subject);
        Assert.Contains("Children seen within 5 working days", string.Join(" ", pages.Select(p => p.Text)), StringComparison.Ordinal);
        Assert.Equal("en-GB", ((UglyToad.PdfPig.Tokens.StringToken)pdf.Structure.Catalog.CatalogDictionary.Data["Lang"]).Data);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(path)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Templates_AnOverrideInTheStore_ReplacesTheDefault()
    {
        await IngestCsvAsync(Figures);
        var cover = Rendering.Html.TemplateSet.ReadDefault("cover.scriban-html").Replace("Report details", "Details of this report for {{ pack.panel_name | string.upcase }}", StringComparison.Ordinal);
        await Store.Files.WriteAsync(Containers.Templates, "cover.scriban-html", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(cover)), overwrite: true);

        var html = await File.ReadAllTextAsync((await Publisher.PublishAsync(September)).HtmlPath);

        Assert.Contains("Details of this report for SCRUTINY PANEL", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cover.scriban-html", "<p>{{ if pack.title }}unclosed</p>", "templates/cover.scriban-html: line 1, column")]
    [InlineData("theme.scriban-html", "{{ theme.name }\n", "templates/theme.scriban-html: line 1, column")]
    [InlineData("covers.scriban-html", "<p></p>", "templates/covers.scriban-html: not a template ScrutinyReports uses")]
    [InlineData("glossary.scriban-html", "<dl>\n  {{ pack.no_such_thing }}", "templates/glossary.scriban-html: line 2, column 11: Cannot get member with name no_such_thing")]
    [InlineData("cover.liquid", "<p>{{ pack.Title }}</p>", "templates/cover.liquid: Liquid templates are no longer read; write it in Scriban as templates/cover.scriban-html")]
    public async Task Templates_ABrokenOverride_FailsNamingTheFileAndNeverFallsBack(string name, string source, string expected)
    {
        await IngestCsvAsync(Figures);
        await Store.Files.WriteAsync(Containers.Templates, name, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(source)), overwrite: true);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Publisher.PublishAsync(September));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.Null(await Store.Reports.LatestAsync("default", "2019-09"));
    }

    [Fact]
    public async Task Json_StillFollowsTheContract()
    {
        await IngestCsvAsync(Figures);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync((await Publisher.PublishAsync(September)).JsonPath));

        var seen = json.RootElement.GetProperty("indicators")[0];
        Assert.Equal(("red", "worsened", -3.6m), (seen.GetProperty("rag").GetString(), seen.GetProperty("previous").GetProperty("direction").GetString(), seen.GetProperty("previous").GetProperty("change").GetDecimal()));
        var exceptions = json.RootElement.GetProperty("exceptions");
        Assert.Equal("CIN_SEEN_5D", exceptions[0].GetProperty("indicator").GetString());
        Assert.Equal("Red, off target: 71.0% in September 2019, 9.0 percentage points below the target of at least 80%.", exceptions[0].GetProperty("reasons")[0].GetString());
        Assert.Equal(0, json.RootElement.GetProperty("exceptionsNotShown").GetInt32());
    }
}

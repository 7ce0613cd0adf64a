using System.Text;
using System.Text.RegularExpressions;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Rendering.Html;

namespace ScrutinyReports.Pipeline.Tests.Reports;

/// <summary>A council's template override is code run on the publication host: it is held to the view model and to limits.</summary>
public sealed partial class TemplateSandboxTests : PipelineFixture
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2019, 9);

    private const string Figures = "indicator,period,value,commentary\nCIN_SEEN_5D,2019-08,74.6,\nCIN_SEEN_5D,2019-09,71.0,\nCLA_COUNT,2019-09,588,\n";

    private const string Hostile = "\"><img src=x onerror=alert(1)><script>alert(2)</script>&amp;";

    [Theory]
    [InlineData("{{ while true }}x{{ end }}", "line 1, column 4", "loop")]
    [InlineData("<p>\n{{ func deeper(n)\n  ret deeper(n + 1)\nend }}{{ deeper 0 }}", "line 3, column", "recursi")]
    [InlineData("{{ pack.themes[0].indicators[0].analysis.indicator }}", "line 1, column", "indicator")]
    [InlineData("{{ pack.themes[0].indicators[0].analysis }}", "line 1, column", "not a whole object")]
    [InlineData("{{ pack.title }}{{ pack.get_type }}", "line 1, column", "get_type")]
    [InlineData("{{ include '/etc/passwd' }}", "line 1, column 4", "include can name only the report's templates")]
    [InlineData("{{ include 'report.liquid' }}", "line 1, column 4", "include can name only the report's templates")]
    [InlineData("{{ pack.panel_nmae }}", "line 1, column", "panel_nmae")]
    [InlineData("{{ for i in 1..200 }}{{ 'x' | string.pad_right 1000000 }}{{ end }}", "line 1, column", "the output passed 67,108,864 characters")]
    public async Task HostileOverride_StopsWithItsFileLineAndColumn(string source, string position, string reason)
    {
        var report = await ReportAsync();
        var templates = TemplateSet.WithOverrides(new Dictionary<string, string> { ["glossary.scriban-html"] = source });

        var error = await Assert.ThrowsAsync<TemplateException>(() => new HtmlReportRenderer().RenderAsync(report, Stream.Null, templates));

        Assert.StartsWith($"templates/glossary.scriban-html: {position}", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OverrideThatRunsTooLong_StopsAtTheTimeLimit()
    {
        var report = await ReportAsync();
        var templates = TemplateSet.WithOverrides(new Dictionary<string, string>
        {
            ["questions.scriban-html"] = "<ol>\n{{ for i in 1..99999 }}{{ long = 'y' | string.pad_right 200000 | string.replace 'y' 'zz' }}{{ end }}</ol>",
        });

        var renderer = new HtmlReportRenderer(TimeSpan.FromSeconds(1));
        await renderer.RenderAsync(report, Stream.Null); // the shipped templates, once, so that start-up is not what runs out of time

        var error = await Assert.ThrowsAsync<TemplateException>(() => renderer.RenderAsync(report, Stream.Null, templates));

        Assert.True(Regex.IsMatch(error.Message, @"^templates/questions\.scriban-html: line 2, column \d+: stopped after 1 s, the longest a template may run$"), error.Message);
    }

    [Fact]
    public async Task Include_ReachesTheReportsOwnTemplates()
    {
        var report = await ReportAsync();
        var templates = TemplateSet.WithOverrides(new Dictionary<string, string>
        {
            ["glossary.scriban-html"] = "<section id=\"again\">{{ include 'questions.scriban-html' }}</section>",
        });

        var html = await RenderAsync(report, templates);

        Assert.Matches(@"<section id=""again"">\s*<ol>\s*<li>", html);
    }

    [Fact]
    public void RetiredLiquidOverride_IsRefusedNamingTheFileToWrite()
    {
        var error = Assert.Throws<TemplateException>(() => TemplateSet.WithOverrides(new Dictionary<string, string> { ["cover.liquid"] = "{{ pack.Title }}" }));

        Assert.Equal("templates/cover.liquid: Liquid templates are no longer read; write it in Scriban as templates/cover.scriban-html (README, \"Report templates\")", error.Message);
    }

    [Fact]
    public async Task HostileTextInEveryFieldATemplateShows_IsWrittenAsText()
    {
        await Store.Catalogue.SaveAsync(new IndicatorCatalogue(
        [
            new Indicator("CIN_SEEN_5D", "Seen " + Hostile, "Theme " + Hostile, Unit.Percent, Polarity.HigherIsBetter, Frequency.Monthly, 1, new Target(80, null), 5, "Definition " + Hostile),
            new Indicator("CLA_COUNT", "Children looked after", "Children looked after", Unit.Count, Polarity.Neutral, Frequency.Monthly, 0, null, 0, "Count."),
        ]));
        await Store.Panels.SaveAsync(new Panel("default", "Panel " + Hostile)
        {
            Council = "Council " + Hostile,
            AgendaItem = "7" + Hostile,
            ReportTitle = "Title " + Hostile,
            CabinetMember = "Member " + Hostile,
            WardsAffected = "Wards " + Hostile,
            AccountableDirector = "Director " + Hostile,
            OriginatingService = "Service " + Hostile,
            AccountableEmployees = [new AccountableEmployee("Officer " + Hostile, "Role " + Hostile, "01234 " + Hostile, "officer@council.example")],
            ConsideredBy = [new Consideration("Board " + Hostile, new DateOnly(2019, 10, 1))],
            Recommendations = ["Recommend " + Hostile],
            BackgroundPapers = ["Paper " + Hostile],
            Sections = new PanelSections { Purpose = "Purpose " + Hostile, Background = "Background " + Hostile },
        });
        await IngestCsvAsync($"indicator,period,value,commentary\nCIN_SEEN_5D,2019-08,74.6,\nCIN_SEEN_5D,2019-09,71.0,\"Commentary {Hostile.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\nCLA_COUNT,2019-09,588,\n");

        var html = await RenderAsync(await Publisher.BuildAsync(September, "default"), TemplateSet.Defaults);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        var attributeNames = Tag().Matches(html).Select(tag => QuotedValue().Replace(tag.Value, "\"\""));
        Assert.DoesNotContain(attributeNames, tag => tag.Contains("onerror", StringComparison.OrdinalIgnoreCase));
        var written = Regex.Count(html, Regex.Escape("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;&amp;amp;"));
        Assert.True(written >= 17, $"the hostile text appears {written} times, encoded");
    }

    [GeneratedRegex("<[a-zA-Z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedValue();

    private async Task<ScrutinyReport> ReportAsync()
    {
        await IngestCsvAsync(Figures);
        return await Publisher.BuildAsync(September);
    }

    private static async Task<string> RenderAsync(ScrutinyReport report, TemplateSet templates)
    {
        using var output = new MemoryStream();
        await new HtmlReportRenderer().RenderAsync(report, output, templates);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}

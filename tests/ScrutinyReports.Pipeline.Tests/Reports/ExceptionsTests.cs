using System.Text.Json;
using System.Text.RegularExpressions;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Ingest;
using UglyToad.PdfPig;

namespace ScrutinyReports.Pipeline.Tests.Reports;

/// <summary>
/// What the demo pack points at: the ranked, capped exceptions in report.json, the HTML and PDF, the questions that
/// follow the same ranking, and performance on a page naming what is off target with figure, target and movement.
/// </summary>
public sealed partial class ExceptionsTests : PipelineFixture
{
    private static readonly string[] Tiers = ["off_target", "close_to_target", "worse_than", "adverse_trend"];

    [Fact]
    public async Task DemoJson_ExceptionsAreRankedCappedAndLeadWithWhatIsOffTarget()
    {
        var (_, report) = await new DemoSeeder(Store, new UploadIngestor(Store, Clock), Publisher, new ScrutinyReports.Pipeline.Comparators.ComparatorImporter(Store)).SeedAsync();
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report.JsonPath));
        var root = json.RootElement;
        var indicators = root.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);

        var exceptions = root.GetProperty("exceptions").EnumerateArray().ToList();

        Assert.Equal(8, exceptions.Count);
        Assert.Equal(3, root.GetProperty("exceptionsNotShown").GetInt32());
        var tiers = exceptions.Select(e => Array.FindIndex(Tiers, t => e.GetProperty("reasonCodes")[0].GetString()!.StartsWith(t, StringComparison.Ordinal))).ToList();
        Assert.Equal(tiers.Order(), tiers);
        Assert.Equal(["CARE_PROCEEDINGS_26W", "A1_DAYS", "RHI_72H", "REREFERRALS_12M"], exceptions.Take(4).Select(e => e.GetProperty("indicator").GetString()));
        Assert.All(exceptions, e => Assert.NotEqual("neutral", indicators[e.GetProperty("indicator").GetString()!].GetProperty("polarity").GetString()));
        Assert.All(exceptions, e => Assert.NotEqual("green", indicators[e.GetProperty("indicator").GetString()!].GetProperty("rag").GetString()));

        var rereferrals = exceptions[3];
        Assert.Equal(["close_to_target", "worse_than_year_ago", "adverse_trend"], rereferrals.GetProperty("reasonCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(
            [
                "Amber, close to target: 24.6% in 12 months to September 2019, 2.6 percentage points above the target of no more than 22%, within the amber tolerance of 3.0 percentage points.",
                "Significantly worse than a year earlier: up from 20.7% in 12 months to September 2018 to 24.6% in 12 months to September 2019, a rise of 3.9 percentage points.",
                "Worsening trend: rising over the 12 rolling 12-month figures from October 2018 to September 2019, from 19.3% in 12 months to October 2018 to 24.6% in 12 months to September 2019.",
            ],
            rereferrals.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task DemoHtml_ExceptionsQuestionsAndPerformanceOnAPage_FollowTheRanking()
    {
        var (_, report) = await new DemoSeeder(Store, new UploadIngestor(Store, Clock), Publisher, new ScrutinyReports.Pipeline.Comparators.ComparatorImporter(Store)).SeedAsync();
        var html = await File.ReadAllTextAsync(report.HtmlPath);

        var summary = Between(html, "Performance on a page</h3>", "<h3 id=\"theme-");
        Assert.Contains("<a href=\"#indicator-rereferrals-12m\">Re-referrals within 12 months</a></th><td data-label=\"Rating\"><span aria-hidden=\"true\">▲</span> Amber: close to target</td>" +
                        "<td data-label=\"Latest\">24.6% in 12 months to September 2019</td><td data-label=\"Against target\">2.6 percentage points above the target of no more than 22%</td>" +
                        "<td data-label=\"Against the previous period\">Worsened from 24.0% in 12 months to August 2019, up 0.6 percentage points</td>", summary, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Latest\">457 days in 2016-19</td><td data-label=\"Against target\">31 days above the target of no more than 426 days</td>" +
                        "<td data-label=\"Against the previous period\">Improved from 779 days in 2015-18, down 322 days, a fall of 41.3%</td>", summary, StringComparison.Ordinal);
        Assert.Contains("Worsened: <a href=\"#indicator-rereferrals-12m\">Re-referrals within 12 months</a></th><td data-label=\"Latest\">24.6% in 12 months to September 2019</td>" +
                        "<td data-label=\"Change over the year\">Up 3.9 percentage points from 20.7% in 12 months to September 2018</td>", summary, StringComparison.Ordinal);
        Assert.DoesNotMatch(SinceWithBrackets(), summary);

        var exceptions = Between(html, "<h3 id=\"exceptions\">", "</section>");
        Assert.Contains("And 3 more indicators off target or worsening: see the theme sections.", exceptions, StringComparison.Ordinal);
        Assert.DoesNotContain("Average emotional wellbeing", exceptions, StringComparison.Ordinal);

        var questions = Regex.Matches(Between(html, "Questions for scrutiny to consider</h2>", "</ol>"), "<li>(.*?)</li>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(9, questions.Count);
        Assert.StartsWith("Care proceedings completed within 26 weeks was 62.0% in 12 months to September 2019", questions[0], StringComparison.Ordinal);
        Assert.Equal("Re-referrals within 12 months was 24.6% in 12 months to September 2019, 2.6 percentage points above the target of no more than 22%; it is also worse than the 20.7% of 12 months to September 2018 by more than chance variation and on a worsening trend over the 12 rolling 12-month figures from October 2018 to September 2019. What is being done to reach the target, and by when?", questions[3]);
        Assert.DoesNotContain(questions, q => q.Contains("Average emotional wellbeing", StringComparison.Ordinal) || q.Contains("Re-referral rate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DemoPdf_PerformanceOnAPage_NamesRedAndAmberIndicatorsWithFigureTargetAndMovement()
    {
        var (_, report) = await new DemoSeeder(Store, new UploadIngestor(Store, Clock), Publisher, new ScrutinyReports.Pipeline.Comparators.ComparatorImporter(Store)).SeedAsync();
        using var pdf = PdfDocument.Open(report.PdfPath);

        // Table cells wrap, so the text is compared with its white space taken out.
        var text = Squeezed(string.Concat(pdf.GetPages().Take(5).Select(page => page.Text)));

        foreach (var expected in new[]
                 {
                     "Offtargetandclosetotarget,September2019",
                     "Returnhomeinterviewswithin72hours", "✖Red:offtarget", "63.0%inSeptember2019", "32.0percentagepointsbelowthetargetofatleast95%", "Worsenedfrom63.2%inAugust2019,down0.2percentagepoints",
                     "Re-referralswithin12months", "24.6%in12monthstoSeptember2019", "2.6percentagepointsabovethetargetofnomorethan22%", "Worsenedfrom24.0%in12monthstoAugust2019,up0.6percentagepoints",
                 })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    private static string Squeezed(string text) => Regex.Replace(text, @"\s+", string.Empty);

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"missing {start}");
        var to = text.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        return text[from..(to < 0 ? text.Length : to)];
    }

    // "+0.5 pts since Aug 2019 (7.5%)": a bracket after a period reads as a relative change.
    [GeneratedRegex(@"since \w+ \d{4} \(")]
    private static partial Regex SinceWithBrackets();
}

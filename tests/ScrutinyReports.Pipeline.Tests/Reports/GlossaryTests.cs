using System.Net;
using System.Text.RegularExpressions;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Pipeline.Tests.Reports;

/// <summary>The pack's glossary explains every term the pack uses, once each, in natural order, and nothing it does not use.</summary>
public sealed partial class GlossaryTests : PipelineFixture
{
    [Fact]
    public async Task DemoHtml_EveryTermTheBodyUses_HasAnEntryAndNoUnusedTermIsListed()
    {
        var (_, report) = await new DemoSeeder(Store, new UploadIngestor(Store, Clock), Publisher, new ScrutinyReports.Pipeline.Comparators.ComparatorImporter(Store)).SeedAsync(ScrutinyReports.Cli.DemoComparatorFiles.All, DemoSeeder.DefaultComparatorAuthority);
        var html = await File.ReadAllTextAsync(report.HtmlPath);
        var start = html.IndexOf("<section aria-labelledby=\"glossary\">", StringComparison.Ordinal);
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        var body = Text(html[html.IndexOf("<body", StringComparison.Ordinal)..start] + html[end..]);
        var listed = GlossaryTerm().Matches(html[start..end]).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

        var used = Glossary.All.Where(term => term.IsUsedIn(body)).Select(term => term.Term).ToList();

        Assert.Equal(used, listed);
        Assert.Subset(listed.ToHashSet(), new HashSet<string>
        {
            "A1", "A2", "A10", "[c] (suppressed)", "Amber tolerance", "Chance variation", "Context measure", "Financial year", "Per 10,000 children",
            "Percentage points (pts)", "Provisional", "Q1 to Q4 (quarters)", "RAG rating", "Rolling 12 months", "Statistically significant",
            "Three-year average (2016-19)",
        });
        Assert.Equal(listed.Order(NaturalTextComparer.Instance), listed);
    }

    [Fact]
    public void All_IsInNaturalOrderWithEachTermAndMeaningOnce()
    {
        var terms = Glossary.All.Select(t => t.Term).ToList();

        Assert.Equal(terms.Order(NaturalTextComparer.Instance), terms);
        Assert.Equal(terms.Count, terms.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(terms.Count, Glossary.All.Select(t => t.Meaning).Distinct(StringComparer.Ordinal).Count());
        Assert.True(terms.IndexOf("A2") < terms.IndexOf("A10"));
    }

    [Theory]
    [InlineData("Statistical neighbours: DfE children's services statistical neighbour model, 2025.", "Statistical neighbours (SN)")]
    [InlineData("Neighbours (mean of 10) 2018/19: 47.0", "Statistical neighbours (SN)")]
    [InlineData("Band A (best quartile), rank 12 of 151", "Quartile band")]
    [InlineData("quartile 4 (lowest), rank 140 of 151", "Quartile band")]
    [InlineData("England's 2018/19 figure of 65.0% (95% confidence interval 60.1% to 70.2%)", "Confidence interval")]
    [InlineData("The change from September 2018 is statistically significant.", "Statistically significant")]
    [InlineData("24.6% in Q2 2019/20", "Q1 to Q4 (quarters)")]
    [InlineData("24.6% in Q2 2019/20", "Financial year")]
    [InlineData("457 days in 2016-19", "Three-year average (2016-19)")]
    [InlineData("24.6% in 12 months to September 2019", "Rolling 12 months")]
    [InlineData("110.0 per 10,000 children", "Per 10,000 children")]
    [InlineData("up 0.6 pts", "Percentage points (pts)")]
    [InlineData("580 (provisional)", "Provisional")]
    [InlineData("[c]", "[c] (suppressed)")]
    [InlineData("588 (revised)", "Revised")]
    [InlineData("2 are context measures of demand", "Context measure")]
    [InlineData("Children in need (CiN) plans", "CIN")]
    public void Used_TextWithATerm_ListsItsEntry(string text, string term) =>
        Assert.Contains(term, Glossary.Used([text]).Select(e => e.Term));

    [Theory]
    [InlineData("A10 adoption", "A10")]
    [InlineData("children in care", null)]
    [InlineData("CIN and CiN", "CIN")]
    public void Used_SameTermTwice_ListsItOnce(string text, string? only)
    {
        var entries = Glossary.Used([text]);

        Assert.Equal(only is null ? [] : [only], entries.Select(e => e.Term));
    }

    [Theory]
    [InlineData("A2", "A10", -1)]
    [InlineData("A10", "A1", 1)]
    [InlineData("Q2", "q10", -1)]
    [InlineData("[c] (suppressed)", "Context measure", 1)]
    [InlineData("[c] (suppressed)", "Financial year", -1)]
    [InlineData("A01", "A1", -1)]
    [InlineData("A1", "A1", 0)]
    public void NaturalTextComparer_ComparesNumbersAsNumbers(string x, string y, int sign) =>
        Assert.Equal(sign, Math.Sign(NaturalTextComparer.Instance.Compare(x, y)));

    private static string Text(string html) =>
        WebUtility.HtmlDecode(Tags().Replace(Styles().Replace(html, " "), " "));

    [GeneratedRegex("<dt>(.*?)</dt>")]
    private static partial Regex GlossaryTerm();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("<(style|script)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex Styles();
}

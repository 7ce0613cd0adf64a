using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Portal;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Tests.Portal;

public sealed class PortalSiteWriterTests : PipelineFixture
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2019, 9);
    private static readonly ReportingPeriod August = ReportingPeriod.Month(2019, 8);

    private PortalSiteWriter Writer => new(Store);

    [Fact]
    public async Task Index_ListsEachPanelsMonthsNewestFirst_WithTheLatestVersionAndItsRatings()
    {
        await PublishCorrectedSeptemberAsync();
        await Publisher.PublishAsync(August);

        var site = await Writer.WriteAsync(PortalTarget.Local);

        var index = await PortalPages.ReadAsync(Store, "site", PortalLinks.Index);
        Assert.Equal(Store.Files.Locate("site", "index.html"), site.IndexPath);
        Assert.Equal(Path.Combine(StorePath, "site", "index.html"), site.IndexPath);
        Assert.Equal(3, site.VersionsIncluded);
        Assert.Equal(12, site.FilesCopied);
        Assert.Equal(3, site.PagesWritten);
        Assert.Contains("<h2 id=\"panel-default\">Scrutiny panel</h2>", index, StringComparison.Ordinal);
        Assert.True(index.IndexOf("September 2019", StringComparison.Ordinal) < index.IndexOf("August 2019", StringComparison.Ordinal));
        Assert.Contains("Version 2 of 2", index, StringComparison.Ordinal);
        Assert.Contains("href=\"reports/default/2019-09/v2/report.html\"", index, StringComparison.Ordinal);
        Assert.DoesNotContain("reports/default/2019-09/v1/", index, StringComparison.Ordinal);
        Assert.Contains("<li class=\"rag-red\">Red: ", index, StringComparison.Ordinal);
        Assert.Contains("Scrutiny panel, September 2019, version 2, Report (HTML)", PortalPages.LinkTexts(index));
        AssertLinksResolve("site", PortalLinks.Index, index);
    }

    [Fact]
    public async Task PeriodPage_ListsEveryVersionNewestFirst_WithWorkingLinksAndWhatChanged()
    {
        await PublishCorrectedSeptemberAsync();

        await Writer.WriteAsync(PortalTarget.Local);

        var path = PortalLinks.PeriodPage("default", "2019-09");
        Assert.Equal("default/2019-09/index.html", path);
        var page = await PortalPages.ReadAsync(Store, "site", path);
        Assert.True(page.IndexOf("<h2 id=\"v2\">Version 2 (latest)</h2>", StringComparison.Ordinal) < page.IndexOf("<h2 id=\"v1\">Version 1</h2>", StringComparison.Ordinal));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<h1>"));
        Assert.Contains("<h3>What changed since version 1</h3>", page, StringComparison.Ordinal);
        Assert.Contains("Children looked after: figure changed from 588 to 590.", page, StringComparison.Ordinal);
        Assert.Contains("This is the first version of this month's report.", page, StringComparison.Ordinal);
        Assert.Contains("<dd>3 October 2019, 10:01</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>4 October 2019, 10:02</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"crumbs\" aria-label=\"Breadcrumb\">", page, StringComparison.Ordinal);
        Assert.Equal(
            [
                "September 2019, version 2, Report (HTML)", $"September 2019, version 2, Report (PDF, {Size("v2", "report.pdf")})",
                $"September 2019, version 2, Figures (Excel spreadsheet, {Size("v2", "report.xlsx")})", "September 2019, version 2, Data (JSON)",
                "September 2019, version 1, Report (HTML)", $"September 2019, version 1, Report (PDF, {Size("v1", "report.pdf")})",
                $"September 2019, version 1, Figures (Excel spreadsheet, {Size("v1", "report.xlsx")})", "September 2019, version 1, Data (JSON)",
            ],
            PortalPages.LinkTexts(page));
        AssertLinksResolve("site", path, page);
        Assert.Equal(
            await File.ReadAllBytesAsync(Path.Combine(StorePath, "reports", "default", "2019-09", "v1", "report.pdf")),
            await File.ReadAllBytesAsync(Path.Combine(StorePath, "site", "reports", "default", "2019-09", "v1", "report.pdf")));
    }

    [Fact]
    public async Task VersionPublishedBeforeTheSpreadsheet_LinksAndCopiesItsOtherFiles()
    {
        await PublishCorrectedSeptemberAsync();
        await Store.Files.DeleteAsync(Containers.Reports, "default/2019-09/v1/report.xlsx");

        var site = await Writer.WriteAsync(PortalTarget.Local);

        var page = await PortalPages.ReadAsync(Store, "site", PortalLinks.PeriodPage("default", "2019-09"));
        Assert.Equal(7, site.FilesCopied);
        Assert.Equal(["Report (HTML)", $"Report (PDF, {Size("v1", "report.pdf")})", "Data (JSON)"],
            PortalPages.LinkTexts(page).Where(text => text.StartsWith("September 2019, version 1, ", StringComparison.Ordinal)).Select(text => text["September 2019, version 1, ".Length..]));
        Assert.False(File.Exists(Path.Combine(StorePath, "site", "reports", "default", "2019-09", "v1", "report.xlsx")));
        Assert.True(File.Exists(Path.Combine(StorePath, "site", "reports", "default", "2019-09", "v2", "report.xlsx")));
    }

    [Fact]
    public async Task InternalPanel_IsInTheLocalSite_AndNeitherPagesNorCopiesReachThePublicWebsite()
    {
        await PublishCorrectedSeptemberAsync();
        await Store.Panels.SaveAsync(new Panel("board", "Improvement board") { Audience = Audience.Internal });
        await Publisher.PublishAsync(September, "board");

        var local = await Writer.WriteAsync(PortalTarget.Local);
        var website = await Writer.WriteAsync(PortalTarget.PublicWebsite);

        Assert.Equal(3, local.VersionsIncluded);
        Assert.Contains("Improvement board", await PortalPages.ReadAsync(Store, "site", PortalLinks.Index), StringComparison.Ordinal);
        Assert.Contains("board/2019-09/index.html", await Store.Files.ListAsync("site"));
        Assert.Equal(2, website.VersionsIncluded);
        Assert.DoesNotContain("Improvement board", await PortalPages.ReadAsync(Store, "$web", PortalLinks.Index), StringComparison.Ordinal);
        Assert.DoesNotContain(await Store.Files.ListAsync("$web"), path => path.Contains("board", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(StorePath, "$web", "index.html")));
    }

    [Fact]
    public async Task PanelSwitchedToInternal_LeavesThePublicWebsite_AndOtherFilesThereStay()
    {
        var panel = new Panel("cypf", "Children and families");
        await Store.Panels.SaveAsync(panel);
        await PublishCorrectedSeptemberAsync();
        using (var own = new MemoryStream("<p>the council's own page</p>"u8.ToArray()))
        {
            await Store.Files.WriteAsync("$web", "about/contact/index.html", own, overwrite: true);
        }

        var before = await Writer.WriteAsync(PortalTarget.PublicWebsite);
        await Store.Panels.SaveAsync(panel with { Audience = Audience.Internal });
        var after = await Writer.WriteAsync(PortalTarget.PublicWebsite);

        Assert.Equal(2, before.VersionsIncluded);
        Assert.Equal(0, after.VersionsIncluded);
        Assert.Equal(9, after.FilesDeleted);
        Assert.Equal(["about/contact/index.html", "index.html"], await Store.Files.ListAsync("$web"));
        Assert.Contains("No reports have been published yet.", await PortalPages.ReadAsync(Store, "$web", PortalLinks.Index), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WritingAgain_WithNothingNew_RewritesNothing_AndANewVersionRewritesOnlyItsPages()
    {
        await PublishCorrectedSeptemberAsync();
        await Publisher.PublishAsync(August);
        await Writer.WriteAsync(PortalTarget.Local);
        var augustPage = Path.Combine(StorePath, "site", "default", "2019-08", "index.html");
        var augustWritten = File.GetLastWriteTimeUtc(augustPage);

        var again = await Writer.WriteAsync(PortalTarget.Local);
        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-09,592\n");
        await Publisher.PublishAsync(September);
        var afterCorrection = await Writer.WriteAsync(PortalTarget.Local);

        Assert.Equal((0, 0, 0, 3), (again.PagesWritten, again.FilesCopied, again.FilesDeleted, again.VersionsIncluded));
        Assert.Equal((2, 4, 4), (afterCorrection.PagesWritten, afterCorrection.FilesCopied, afterCorrection.VersionsIncluded));
        Assert.Equal(augustWritten, File.GetLastWriteTimeUtc(augustPage));
    }

    [Fact]
    public async Task Values_AreHtmlEncoded()
    {
        await Store.Panels.SaveAsync(new Panel("cypf", "Children <script>alert('x')</script> & Families"));
        await PublishCorrectedSeptemberAsync();

        await Writer.WriteAsync(PortalTarget.Local);

        foreach (var path in new[] { PortalLinks.Index, PortalLinks.PeriodPage("cypf", "2019-09") })
        {
            var page = await PortalPages.ReadAsync(Store, "site", path);
            Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
            Assert.DoesNotContain("& Families", page, StringComparison.Ordinal);
            Assert.Contains("Children &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Families", page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("reports")]
    [InlineData("archive")]
    [InlineData("Uploads")]
    public async Task TheStoresOwnContainers_AreRefusedAsTargets(string container)
    {
        await PublishCorrectedSeptemberAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => Writer.WriteAsync(new PortalTarget(container, IncludeInternal: true)));

        Assert.Equal(8, (await Store.Files.ListAsync("reports")).Count);
    }

    private async Task PublishCorrectedSeptemberAsync()
    {
        await IngestCsvAsync("indicator,period,value\nCIN_SEEN_5D,2019-08,74.6\nCIN_SEEN_5D,2019-09,77.5\nCLA_COUNT,2019-09,588\n");
        await Publisher.PublishAsync(September);
        Clock.Advance(TimeSpan.FromDays(1));
        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-09,590\n");
        await Publisher.PublishAsync(September);
    }

    private string Size(string version, string file)
    {
        var bytes = new FileInfo(Path.Combine(StorePath, "reports", "default", "2019-09", version, file)).Length;
        return $"{Math.Max(1, (bytes + 512) / 1024)} KB";
    }

    private void AssertLinksResolve(string container, string pagePath, string html)
    {
        var links = PortalPages.LinkedPaths(pagePath, html);
        Assert.NotEmpty(links);
        Assert.All(links, path => Assert.True(File.Exists(Store.Files.Locate(container, path)), $"{pagePath} links to {path}, which is not in {container}"));
    }
}

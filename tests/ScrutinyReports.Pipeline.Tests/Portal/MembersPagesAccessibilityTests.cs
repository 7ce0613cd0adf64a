using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Portal;

namespace ScrutinyReports.Pipeline.Tests.Portal;

/// <summary>
/// The members' pages the Functions app serves (a panel with two years of months, the list of panels, and the 403,
/// 404, 401 and 503 pages) opened in Chromium and checked with axe-core as the public portal is, and on a 390-pixel phone.
/// </summary>
public sealed class MembersPagesAccessibilityTests : PipelineFixture
{
    private const string Root = "/api/members";

    [Fact]
    public async Task MembersPages_InChromium_HaveNoViolationsAndNoSidewaysScrollOnAPhone()
    {
        await new DemoSeeder(Store, new UploadIngestor(Store, Clock), Publisher, new ScrutinyReports.Pipeline.Comparators.ComparatorImporter(Store)).SeedAsync();
        await Publisher.PublishAsync(Domain.Periods.ReportingPeriod.Month(2019, 8), DemoCouncil.Panel.Id);
        var panel = DemoCouncil.Panel with { Audience = Audience.Internal };
        var pages = new MembersPages(Store);
        var folder = Directory.CreateDirectory(Path.Combine(StorePath, "members")).FullName;
        var files = new Dictionary<string, byte[]>
        {
            ["panel.html"] = await pages.PanelPageAsync(panel, Root, "Cllr Ada Member"),
            ["index.html"] = MembersPages.IndexPage([panel, new Panel("cpb", "Corporate Parenting Board")], Root, "Cllr Ada Member"),
            ["forbidden.html"] = MembersPages.ForbiddenPage(panel, Root, "Cllr Ben Outsider", groupsOverflow: true),
            ["not-found.html"] = MembersPages.NotFoundPage(Root),
            ["sign-in.html"] = MembersPages.SignInPage(Root, "/api/members/cypf"),
            ["unavailable.html"] = MembersPages.UnavailablePage(Root),
        };
        foreach (var (name, html) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, name), html);
        }

        var result = await BrowserCheck.RunAsync(Directory.CreateDirectory(Path.Combine(StorePath, "screenshots")).FullName,
            [.. files.Keys.Select(name => Path.Combine(folder, name))]);

        var checkedPages = result.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(files.Count, checkedPages.Count);
        foreach (var page in checkedPages)
        {
            var file = page.GetProperty("file").GetString();
            var violations = page.GetProperty("violations").EnumerateArray().Select(v => $"{v.GetProperty("id")} ({v.GetProperty("impact")}): {v.GetProperty("example")}").ToList();
            Assert.True(violations.Count == 0, $"axe violations in {file}: " + string.Join("; ", violations));
            Assert.True(page.GetProperty("phoneScrollWidth").GetInt32() <= 390, $"{file} scrolls sideways on a 390-pixel phone");
            Assert.Equal("Skip to main content", page.GetProperty("firstFocus").GetString());
        }

        var panelPage = System.Text.Encoding.UTF8.GetString(files["panel.html"]);
        Assert.Contains("<h2 id=\"2019-09-v1\">September 2019, version 1 (latest)</h2>", panelPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/members/reports/cypf/2019-09/v1/report.pdf\"", panelPage, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#2019-08-v1\">August 2019</a>", panelPage, StringComparison.Ordinal);
    }
}

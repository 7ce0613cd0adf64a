using System.Text.Json;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Portal;

namespace ScrutinyReports.Pipeline.Tests.Portal;

/// <summary>
/// The demo's portal opened in real Chromium (Debian's, driven by playwright-core) and checked with axe-core against
/// WCAG 2.2 A and AA and best practice. The script keeps desktop, phone, print and focus screenshots for a person to look at.
/// </summary>
public sealed class PortalAccessibilityTests : PipelineFixture
{
    [Fact]
    public async Task DemoPortal_InChromium_HasNoViolations_NoSidewaysScrollOnAPhone_AndWorksOffline()
    {
        await new DemoSeeder(Store, new UploadIngestor(Store, Clock), Publisher, new ScrutinyReports.Pipeline.Comparators.ComparatorImporter(Store)).SeedAsync();
        Clock.Advance(TimeSpan.FromDays(2));
        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-09,590\nCIN_SEEN_5D,2019-09,79.1\n");
        await Publisher.PublishAsync(DemoCouncil.LatestMonth, DemoCouncil.Panel.Id);
        var site = await new PortalSiteWriter(Store).WriteAsync(PortalTarget.Local);
        var periodPage = Store.Files.Locate(PortalTarget.Local.Container, PortalLinks.PeriodPage(DemoCouncil.Panel.Id, DemoCouncil.LatestMonth.Code));
        var screenshots = Directory.CreateDirectory(Path.Combine(StorePath, "screenshots")).FullName;

        var result = await BrowserCheck.RunAsync(screenshots, site.IndexPath, periodPage);

        Assert.Empty(result.GetProperty("requests").EnumerateArray());
        var pages = result.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(2, pages.Count);
        foreach (var page in pages)
        {
            var file = page.GetProperty("file").GetString();
            var violations = page.GetProperty("violations").EnumerateArray().Select(v => $"{v.GetProperty("id")} ({v.GetProperty("impact")}): {v.GetProperty("example")}").ToList();
            Assert.True(violations.Count == 0, $"axe violations in {file}: " + string.Join("; ", violations));
            Assert.True(page.GetProperty("passes").GetInt32() > 20);
            Assert.True(page.GetProperty("phoneScrollWidth").GetInt32() <= 390, $"{file} scrolls sideways on a 390-pixel phone");
            Assert.True(page.GetProperty("desktopScrollWidth").GetInt32() <= 1280, $"{file} scrolls sideways on a desktop");
            Assert.Equal("Skip to main content", page.GetProperty("firstFocus").GetString());
            Assert.All(page.GetProperty("screenshots").EnumerateArray(), shot => Assert.True(new FileInfo(shot.GetString()!).Length > 5_000));
        }
    }
}

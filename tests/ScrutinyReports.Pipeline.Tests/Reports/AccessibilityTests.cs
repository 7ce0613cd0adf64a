using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Ingest;

namespace ScrutinyReports.Pipeline.Tests.Reports;

/// <summary>
/// The demo report opened in real Chromium (Debian's, driven by playwright-core) and checked with axe-core against
/// WCAG 2.2 A and AA, and no table cell or caption breaks a word across two lines at 1280 or 390 pixels (wide
/// tables scroll in their own region instead). The script keeps desktop, phone and theme screenshots for a person
/// to look at.
/// </summary>
public sealed class AccessibilityTests : PipelineFixture
{
    [Fact]
    public async Task DemoReport_InChromium_HasNoSeriousOrCriticalViolationsAndWorksOffline()
    {
        var (_, report) = await new DemoSeeder(Store, new UploadIngestor(Store, Clock), Publisher, new ScrutinyReports.Pipeline.Comparators.ComparatorImporter(Store)).SeedAsync(ScrutinyReports.Cli.DemoComparatorFiles.All, DemoSeeder.DefaultComparatorAuthority);
        var screenshots = Directory.CreateDirectory(Path.Combine(StorePath, "screenshots")).FullName;

        var result = await BrowserCheck.RunScriptAsync("check-report.mjs", report.HtmlPath, screenshots);

        var violations = result.GetProperty("violations").EnumerateArray().ToList();
        var serious = violations.Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").Select(v => v.GetProperty("id").GetString()).ToList();
        Assert.True(serious.Count == 0, "serious or critical axe violations: " + string.Join(", ", serious));
        Assert.Empty(result.GetProperty("requests").EnumerateArray());
        Assert.True(result.GetProperty("phoneScrollWidth").GetInt32() <= 390, "the page scrolls sideways on a 390-pixel phone");
        Assert.True(result.GetProperty("desktopScrollWidth").GetInt32() <= 1280, "the page scrolls sideways on a 1280-pixel screen");
        Assert.Empty(result.GetProperty("desktopBrokenWords").EnumerateArray().Select(word => word.GetString()));
        Assert.Empty(result.GetProperty("phoneBrokenWords").EnumerateArray().Select(word => word.GetString()));
        Assert.True(result.GetProperty("passes").GetInt32() > 20);
        Assert.All(result.GetProperty("screenshots").EnumerateArray(), shot => Assert.True(new FileInfo(shot.GetString()!).Length > 5_000));
    }
}

using Microsoft.Extensions.Time.Testing;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Portal;

namespace ScrutinyReports.Pipeline.Tests.Portal;

/// <summary>The portal's follow-up log page for the demo panel, written on 1 November 2019.</summary>
public sealed class PortalFollowUpTests : PipelineFixture
{
    private static readonly FakeTimeProvider FirstNovember = new(new DateTimeOffset(2019, 11, 1, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task FollowUpPage_ListsOpenItems_OverdueAsAtTheDayWritten_WithLeadsNamed()
    {
        await SeedDemoAsync();
        await ScrutinyReports.Pipeline.Notifications.SubscriberDirectory.SaveAsync(Store.Files,
            [new Subscriber("head.cla@northbridge.example", "Jo Khan", SubscriberRole.Officer, "cypf", ["Children looked after"])], "test", Clock.GetUtcNow());

        await new PortalSiteWriter(Store, FirstNovember).WriteAsync(PortalTarget.Local);

        var page = Read(PortalLinks.FollowUpPage("cypf"));
        Assert.Contains("The panel's recommendations, actions and questions: 5 items are still open on 1 November 2019, 2 of them overdue", page, StringComparison.Ordinal);
        // Q2 was due 16 October and A1 30 September: 16 and 32 days overdue on 1 November; overdue ones come first, A1 before Q2.
        Assert.Contains("<td data-label=\"Status\">Overdue by 16 days (reported open)</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Status\">Overdue by 32 days (reported on track)</td>", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf(">A1</th>", StringComparison.Ordinal) < page.IndexOf(">Q2</th>", StringComparison.Ordinal));
        Assert.Contains("<td data-label=\"Lead\">Jo Khan</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Lead\">adoption@northbridge.example</td>", page, StringComparison.Ordinal);
        Assert.Contains("Two of the four posts are filled; the second recruitment round closes on 31 October. (1 October 2019)", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">R1</th>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Q1</th>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"cypf/follow-up.html\"", Read(PortalLinks.Index), StringComparison.Ordinal);
        Assert.Contains("follow-up log</a> (5 open items)", Read(PortalLinks.Index), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUpPage_OfAnInternalPanel_IsNotOnAPublicPortal()
    {
        await SeedDemoAsync();
        var panel = (await Store.Panels.ListAsync()).Single(p => p.Id == "cypf");
        await Store.Panels.SaveAsync(panel with { Audience = Audience.Internal });
        var publicSite = new PortalTarget("public-site", IncludeInternal: false);

        await new PortalSiteWriter(Store, FirstNovember).WriteAsync(publicSite);
        await new PortalSiteWriter(Store, FirstNovember).WriteAsync(PortalTarget.Local);

        await using (var onPublic = await Store.Files.OpenReadAsync(publicSite.Container, PortalLinks.FollowUpPage("cypf")))
        {
            Assert.Null(onPublic);
        }

        Assert.Contains("follow-up log", Read(PortalLinks.FollowUpPage("cypf")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUpPage_InChromium_HasNoViolations_AndNoSidewaysScrollOnAPhone()
    {
        await SeedDemoAsync();
        await new PortalSiteWriter(Store, FirstNovember).WriteAsync(PortalTarget.Local);
        var screenshots = Directory.CreateDirectory(Path.Combine(StorePath, "screenshots")).FullName;

        var result = await BrowserCheck.RunAsync(screenshots, Store.Files.Locate(PortalTarget.Local.Container, PortalLinks.FollowUpPage("cypf")));

        Assert.Empty(result.GetProperty("requests").EnumerateArray());
        var page = Assert.Single(result.GetProperty("pages").EnumerateArray());
        var violations = page.GetProperty("violations").EnumerateArray().Select(v => $"{v.GetProperty("id")}: {v.GetProperty("example")}").ToList();
        Assert.True(violations.Count == 0, "axe violations: " + string.Join("; ", violations));
        Assert.True(page.GetProperty("phoneScrollWidth").GetInt32() <= 390, "the follow-up page scrolls sideways on a 390-pixel phone");
    }

    private async Task SeedDemoAsync() =>
        await new DemoSeeder(Store, new UploadIngestor(Store, Clock), Publisher, new ScrutinyReports.Pipeline.Comparators.ComparatorImporter(Store)).SeedAsync();

    private string Read(string path) => File.ReadAllText(Store.Files.Locate(PortalTarget.Local.Container, path));
}

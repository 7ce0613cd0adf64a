using System.Text;
using System.Text.Json;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Functions.Tests;

/// <summary>
/// ListReports and GetReport as the HTTP trigger calls them, their results executed against the request as the
/// worker's ASP.NET Core integration does, over a store where the timer has published cypf's September 2019 report.
/// </summary>
public sealed class ReportHttpTests(PublishedReportFixture published) : IClassFixture<PublishedReportFixture>
{
    private const string Period = PublishedReportFixture.Period;
    private static readonly string Panel = PublishedReportFixture.Panel;

    public static TheoryData<string, string> ReportFiles => new()
    {
        { "report.pdf", "application/pdf" },
        { "report.html", "text/html; charset=utf-8" },
        { "report.json", "application/json" },
        { "report.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    };

    public static TheoryData<string, string, string> UnknownReports => new()
    {
        { "no-such-panel", Period, "v1" },
        { "no-such-panel", Period, "latest" },
        { "cypf", Period, "v9" },
        { "cypf", Period, "v0" },
        { "cypf", Period, "version1" },
        { "cypf", "2019-07", "v1" },
        { "cypf", "2019-07", "latest" },
    };

    public static TheoryData<string, string> RefusedFiles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var version in new[] { "v1", "latest" })
            {
                foreach (var file in new[] { "../x", "../report.json", "..%2Freport.json", "../../../decoy.json", "report.exe", "REPORT.PDF", "", "v1/report.pdf" })
                {
                    data.Add(version, file);
                }
            }

            return data;
        }
    }

    public static TheoryData<string, string, string> LatestRedirects => new()
    {
        { "report.pdf", "", "../v1/report.pdf" },
        { "report.pdf", "?code=abc", "../v1/report.pdf?code=abc" },
        { "report.json", "?code=abc&download=1", "../v1/report.json?code=abc&download=1" },
    };

    private FunctionsTestHost App => published.App;

    [Fact]
    public async Task ListReports_PublishedPanel_VersionsAsJson()
    {
        var reply = await ListAsync(Panel);

        Assert.Equal(200, reply.StatusCode);
        Assert.Equal("application/json; charset=utf-8", reply.ContentType);
        using var json = JsonDocument.Parse(reply.Body);
        var september = Assert.Single(json.RootElement.EnumerateArray(), version => version.GetProperty("period").GetString() == Period);
        Assert.Equal(Panel, september.GetProperty("panelId").GetString());
        Assert.Equal(1, september.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task ListReports_UnknownPanel_NotFound()
    {
        var reply = await ListAsync("no-such-panel");

        Assert.Equal(404, reply.StatusCode);
    }

    [Theory]
    [InlineData("report.exe")]
    [InlineData("../report.json")]
    [InlineData("")]
    public async Task OpenAsync_NotAReportFileName_NothingOpenedEvenWithoutTheFunctionsCheck(string file)
    {
        var files = App.Create<PublishedReportFiles>();
        var version = await files.FindAsync(Panel, Period, "v1");

        Assert.Null(await files.OpenAsync(version!, file));
    }

    [Theory]
    [MemberData(nameof(ReportFiles))]
    public async Task GetReport_PublishedFile_TheStoredFileWithItsMediaType(string file, string contentType)
    {
        var reply = await GetAsync(Panel, Period, "v1", file);

        Assert.Equal(200, reply.StatusCode);
        Assert.Equal(contentType, reply.ContentType);
        Assert.Equal(await StoredAsync(App, $"{Panel}/{Period}/v1/{file}"), reply.Body);
        switch (file)
        {
            case "report.pdf":
                Assert.Equal("%PDF"u8.ToArray(), reply.Body[..4]);
                break;
            case "report.xlsx":
                Assert.Equal("PK\u0003\u0004"u8.ToArray(), reply.Body[..4]);
                break;
            case "report.html":
                Assert.Contains(DemoCouncil.Panel.Name, Encoding.UTF8.GetString(reply.Body), StringComparison.Ordinal);
                break;
            default:
                using (var json = JsonDocument.Parse(reply.Body))
                {
                    Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
                }

                break;
        }
    }

    [Theory]
    [MemberData(nameof(UnknownReports))]
    public async Task GetReport_NoSuchPanelPeriodOrVersion_NotFound(string panel, string period, string version)
    {
        var reply = await GetAsync(panel, period, version, "report.pdf");

        Assert.Equal(404, reply.StatusCode);
        Assert.Empty(reply.Body);
    }

    [Theory]
    [MemberData(nameof(LatestRedirects))]
    public async Task GetReport_Latest_RedirectsToTheNewestVersionKeepingTheQueryString(string file, string query, string location)
    {
        var reply = await GetAsync(Panel, Period, "latest", file, query);

        Assert.Equal(302, reply.StatusCode);
        Assert.Equal(location, reply.Location);
        Assert.Empty(reply.Body);
    }

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task GetReport_NotAReportFileName_RefusedAndNothingOutsideTheVersionServed(string version, string file)
    {
        // Each decoy is there to be found, had a file name reached it.
        foreach (var decoy in PublishedReportFixture.Decoys)
        {
            Assert.NotEmpty(await StoredAsync(App, decoy));
        }

        var reply = await GetAsync(Panel, Period, version, file);

        Assert.Equal(404, reply.StatusCode);
        Assert.Null(reply.Location);
        Assert.Empty(reply.Body);
    }

    [Fact]
    public async Task GetReport_CorrectionReissued_LatestRedirectsToVersionTwoAndVersionOneIsStillServed()
    {
        await using var app = await FunctionsTestHost.StartAsync("2019-10-01T09:00:00Z");
        await PublishedReportFixture.PublishSeptemberAsync(app);
        app.Clock.SetUtcNow(DateTimeOffset.Parse("2019-10-09T10:20:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await app.Create<IngestUpload>().Run(await app.DropAsync("september-corrected.csv", "indicator,period,value\nCLA_COUNT,2019-09,615\n"), CancellationToken.None);
        await PublishedReportFixture.FireAtAsync(app, "2019-10-09T11:00:00Z");

        var latest = await GetAsync(app, Panel, Period, "latest", "report.json", "?code=abc");
        var first = await GetAsync(app, Panel, Period, "v1", "report.json");
        var second = await GetAsync(app, Panel, Period, "v2", "report.json");

        Assert.Equal((302, "../v2/report.json?code=abc"), (latest.StatusCode, latest.Location));
        Assert.Equal(await StoredAsync(app, $"{Panel}/{Period}/v1/report.json"), first.Body);
        Assert.Equal(await StoredAsync(app, $"{Panel}/{Period}/v2/report.json"), second.Body);
        Assert.NotEqual(first.Body, second.Body);
        var versions = await HttpInvocation.GetAsync(app.Services, $"/api/reports/{Panel}", "", request => app.Create<ListReports>().Run(request, Panel, CancellationToken.None));
        using var json = JsonDocument.Parse(versions.Body);
        Assert.Equal([1, 2], json.RootElement.EnumerateArray().Where(version => version.GetProperty("period").GetString() == Period).Select(version => version.GetProperty("version").GetInt32()).Order());
    }

    private Task<HttpReply> ListAsync(string panel) =>
        HttpInvocation.GetAsync(App.Services, $"/api/reports/{panel}", "", request => App.Create<ListReports>().Run(request, panel, CancellationToken.None));

    private Task<HttpReply> GetAsync(string panel, string period, string version, string file, string query = "") =>
        GetAsync(App, panel, period, version, file, query);

    private static Task<HttpReply> GetAsync(FunctionsTestHost app, string panel, string period, string version, string file, string query = "") =>
        HttpInvocation.GetAsync(app.Services, $"/api/reports/{panel}/{period}/{version}/{file}", query,
            request => app.Create<GetReport>().Run(request, panel, period, version, file, CancellationToken.None));

    private static async Task<byte[]> StoredAsync(FunctionsTestHost app, string path)
    {
        await using var stream = await app.Store.Files.OpenReadAsync(Containers.Reports, path);
        Assert.NotNull(stream);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}

using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Functions.Members;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Functions.Tests;

/// <summary>
/// The members' pages as the HTTP triggers call them, with the X-MS-CLIENT-PRINCIPAL header App Service
/// Authentication adds, over a store where cypf (internal, read by one Entra group) has September 2019 published.
/// </summary>
public sealed partial class MembersHttpTests(MembersFixture fixture) : IClassFixture<MembersFixture>
{
    private const string Period = MembersFixture.Period;
    private const string MemberId = "1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b";
    private static readonly string Panel = MembersFixture.Panel;

    public static TheoryData<string> Files => new() { "report.html", "report.pdf", "report.xlsx", "report.json" };

    /// <summary>Names a file route might be given to reach outside a recorded version's own report files.</summary>
    public static TheoryData<string, string, string, string> PathTricks => new()
    {
        { "cypf", Period, "v1", "../report.json" },
        { "cypf", Period, "v1", "..%2Freport.json" },
        { "cypf", Period, "v1", "..%2F..%2F..%2Fdecoy.json" },
        { "cypf", Period, "v1", "%2e%2e%2freport.json" },
        { "cypf", Period, "v1", "..\\report.json" },
        { "cypf", Period, "v1", "..\\..\\..\\decoy.json" },
        { "cypf", Period, "v1", "/etc/passwd" },
        { "cypf", Period, "v1", "C:\\Windows\\win.ini" },
        { "cypf", Period, "v1", "secret.txt" },
        { "cypf", Period, "v1", "REPORT.PDF" },
        { "cypf", Period, "v1", "report.pdf/" },
        { "cypf", Period, "v1", "report.pdf\u0000.txt" },
        { "cypf", Period, "v1", "" },
        { "cypf", Period, "..", "report.json" },
        { "cypf", Period, "v1%2F..", "report.json" },
        { "cypf", Period, "latest", "report.json" },
        { "cypf", Period, "v01", "report.json" },
        { "cypf", "..", "v1", "report.json" },
        { "cypf", "2019-09%2F..", "v1", "report.json" },
        { "cypf", "2019-09\\..", "v1", "report.json" },
    };

    private FunctionsTestHost App => fixture.App;

    [Fact]
    public async Task PanelPage_MemberOfThePanelsGroup_EveryVersionWithItsFourFiles()
    {
        var reply = await PanelAsync(Panel, Principal(MembersFixture.CypfReaders));

        Assert.Equal(200, reply.StatusCode);
        Assert.Equal("text/html; charset=utf-8", reply.ContentType);
        Assert.Equal("private, no-store", reply.CacheControl);
        Assert.Contains($"<h1>{System.Net.WebUtility.HtmlEncode(DemoCouncil.Panel.Name)}</h1>", reply.Text, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"2019-09-v1\">September 2019, version 1 (latest)</h2>", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Signed in as Cllr Ada Member.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("for the panel's members and officers only", reply.Text, StringComparison.Ordinal);
        foreach (var file in new[] { "report.html", "report.pdf", "report.xlsx", "report.json" })
        {
            Assert.Contains($"href=\"/api/members/reports/cypf/2019-09/v1/{file}\"", reply.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Report_MemberOfThePanelsGroup_TheStoredFileAndTheReadIsRecorded(string file)
    {
        var telemetry = new CapturedTelemetry();

        var reply = await ReportAsync(Panel, Period, "v1", file, Principal(MembersFixture.CypfReaders), telemetry: telemetry);

        Assert.Equal(200, reply.StatusCode);
        Assert.Equal(await StoredAsync($"{Panel}/{Period}/v1/{file}"), reply.Body);
        Assert.Equal("private, no-store", reply.CacheControl);
        var read = Assert.Single(telemetry.CustomEvents);
        Assert.Equal("MemberReportRead", read.Name);
        Assert.Equal(MemberId, read.Properties["user"]);
        Assert.Equal(Panel, read.Properties["panel"]);
        Assert.Equal(Period, read.Properties["period"]);
        Assert.Equal("1", read.Properties["version"]);
        Assert.Equal(file, read.Properties["file"]);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture), read.Properties["at"]);
        Assert.DoesNotContain(read.Properties.Values, value => value.Contains("Ada", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(MembersFixture.Officers)]
    [InlineData(MembersFixture.Administrators)]
    public async Task Report_OfficersAndAdministratorsGroups_ReadEveryPanel(string group)
    {
        var reply = await ReportAsync(Panel, Period, "v1", "report.pdf", Principal("00000000-0000-0000-0000-00000000000a", group));

        Assert.Equal(200, reply.StatusCode);
        Assert.Equal("%PDF"u8.ToArray(), reply.Body[..4]);
    }

    [Fact]
    public async Task PanelPage_MemberOfAnotherPanelsGroup_ForbiddenSayingWhomToAsk()
    {
        var telemetry = new CapturedTelemetry();

        var reply = await PanelAsync(Panel, Principal(MembersFixture.CorporateParentingReaders), telemetry);

        Assert.Equal(403, reply.StatusCode);
        Assert.Contains("You cannot read these reports", reply.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:performance@northbridge.example\">performance@northbridge.example</a>", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("September 2019", reply.Text, StringComparison.Ordinal);
        var refused = Assert.Single(telemetry.CustomEvents);
        Assert.Equal(("MemberAccessRefused", MemberId, Panel), (refused.Name, refused.Properties["user"], refused.Properties["panel"]));
    }

    [Theory]
    [InlineData(Period, "v1", "report.pdf")]
    [InlineData(Period, "v9", "report.pdf")]
    [InlineData("2019-07", "v1", "report.pdf")]
    [InlineData(Period, "v1", "no-such-file.pdf")]
    [InlineData(Period, "v1", "../../../decoy.json")]
    public async Task Report_MemberOfAnotherPanelsGroup_TheSameForbiddenWhetherOrNotTheVersionExists(string period, string version, string file)
    {
        var existing = await ReportAsync(Panel, Period, "v1", "report.pdf", Principal(MembersFixture.CorporateParentingReaders));

        var reply = await ReportAsync(Panel, period, version, file, Principal(MembersFixture.CorporateParentingReaders));

        Assert.Equal(403, reply.StatusCode);
        Assert.Equal(existing.Text, reply.Text);
    }

    [Fact]
    public async Task Report_NoGroups_Forbidden()
    {
        var reply = await ReportAsync(Panel, Period, "v1", "report.pdf", Principal());

        Assert.Equal(403, reply.StatusCode);
    }

    [Theory]
    [InlineData("no-such-panel")]
    [InlineData("CYPF")]
    [InlineData("..")]
    [InlineData("cypf%2F..")]
    public async Task Report_UnknownPanel_NotFoundAlikeForEveryone(string panel)
    {
        var member = await ReportAsync(panel, Period, "v1", "report.pdf", Principal(MembersFixture.CypfReaders));
        var outsider = await ReportAsync(panel, Period, "v1", "report.pdf", Principal(MembersFixture.CorporateParentingReaders));
        var unknownVersion = await ReportAsync(Panel, Period, "v9", "report.pdf", Principal(MembersFixture.CypfReaders));

        Assert.Equal((404, 404), (member.StatusCode, outsider.StatusCode));
        Assert.Equal(unknownVersion.Text, member.Text);
        Assert.Equal(member.Text, outsider.Text);
    }

    [Theory]
    [MemberData(nameof(PathTricks))]
    public async Task Report_PathTricks_RefusedAndNothingOutsideTheVersionServed(string panel, string period, string version, string file)
    {
        foreach (var decoy in MembersFixture.Decoys)
        {
            Assert.NotEmpty(await StoredAsync(decoy));
        }

        var telemetry = new CapturedTelemetry();

        var reply = await ReportAsync(panel, period, version, file, Principal(MembersFixture.CypfReaders), telemetry: telemetry);

        Assert.Equal(404, reply.StatusCode);
        Assert.Equal("text/html; charset=utf-8", reply.ContentType);
        Assert.Contains("Page not found", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("decoy", reply.Text, StringComparison.Ordinal);
        Assert.Empty(telemetry.CustomEvents);
    }

    [Fact]
    public async Task Report_NoPrincipal_UnauthorizedWithTheSignInLinkBackHere()
    {
        var telemetry = new CapturedTelemetry();

        var reply = await ReportAsync(Panel, Period, "v1", "report.pdf", [], telemetry: telemetry);

        Assert.Equal(401, reply.StatusCode);
        Assert.Contains("href=\"/.auth/login/aad?post_login_redirect_uri=%2Fapi%2Fmembers%2Freports%2Fcypf%2F2019-09%2Fv1%2Freport.pdf\"", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("%PDF", reply.Text, StringComparison.Ordinal);
        Assert.Empty(telemetry.CustomEvents);
    }

    [Theory]
    [InlineData("not base64 at all")]
    [InlineData("eyJub3QiOiAiY2xhaW1zIn0=")]
    [InlineData("")]
    public async Task Panel_UnreadablePrincipal_Unauthorized(string header)
    {
        var reply = await PanelAsync(Panel, [(ClientPrincipal.Header, header)]);

        Assert.Equal(401, reply.StatusCode);
    }

    [Fact]
    public async Task Panel_TwoPrincipalHeaders_Unauthorized()
    {
        var reply = await PanelAsync(Panel, [.. Principal(MembersFixture.CorporateParentingReaders), .. Principal(MembersFixture.CypfReaders)]);

        Assert.Equal(401, reply.StatusCode);
    }

    [Fact]
    public async Task Report_PlatformAuthenticationOff_PrincipalHeaderRefusedAndNothingShown()
    {
        var options = MembersOptions.Read(Configuration(new() { ["Members:OfficerGroups"] = MembersFixture.Officers }));
        var telemetry = new CapturedTelemetry();

        var reply = await ReportAsync(Panel, Period, "v1", "report.pdf", Principal(MembersFixture.CypfReaders), options, telemetry);

        Assert.False(options.PlatformAuthenticationEnabled);
        Assert.Equal(503, reply.StatusCode);
        Assert.Contains("Sign-in is not switched on", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("%PDF", reply.Text, StringComparison.Ordinal);
        Assert.Empty(telemetry.CustomEvents);
    }

    [Theory]
    [InlineData("True", true)]
    [InlineData("true", true)]
    [InlineData("False", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Options_PlatformAuthenticationOnlyWhenAppServiceSaysSo(string? value, bool enabled)
    {
        var settings = new Dictionary<string, string?>();
        if (value is not null)
        {
            settings["WEBSITE_AUTH_ENABLED"] = value;
        }

        Assert.Equal(enabled, MembersOptions.Read(Configuration(settings)).PlatformAuthenticationEnabled);
    }

    [Fact]
    public async Task Report_LocalSimulatedMemberOffAzure_ServedWithoutAnyHeader()
    {
        var options = MembersOptions.Read(Configuration(new()
        {
            ["Members:SimulatedUser"] = "Local councillor",
            ["Members:SimulatedGroups"] = MembersFixture.CypfReaders,
        }));

        var reply = await ReportAsync(Panel, Period, "v1", "report.json", [], options);
        var outsider = await ReportAsync(Panel, Period, "v1", "report.json", [], MembersOptions.Read(Configuration(new() { ["Members:SimulatedGroups"] = MembersFixture.CorporateParentingReaders })));

        Assert.Equal(200, reply.StatusCode);
        Assert.Equal(await StoredAsync($"{Panel}/{Period}/v1/report.json"), reply.Body);
        Assert.Equal(403, outsider.StatusCode);
    }

    [Theory]
    [InlineData("WEBSITE_INSTANCE_ID", "a1b2c3")]
    [InlineData("WEBSITE_AUTH_ENABLED", "True")]
    public void Options_SimulatedMemberOnAzure_RefusedAtStartUp(string azureSetting, string value)
    {
        var settings = FunctionsTestHost.ShippedSettings();
        settings["Members__SimulatedGroups"] = MembersFixture.CypfReaders;
        settings[azureSetting] = value;

        var refused = Assert.Throws<InvalidOperationException>(() => FunctionsTestHost.Build(settings).Dispose());

        Assert.Contains("Members__SimulatedGroups", refused.Message, StringComparison.Ordinal);
        Assert.Contains("local runs only", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_GroupThatIsNotAnObjectId_RefusedAtStartUp()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => MembersOptions.Read(Configuration(new() { ["Members:OfficerGroups"] = "Officers" })));

        Assert.Contains("Members__OfficerGroups", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_ListsOnlyThePanelsThePersonMayRead()
    {
        var member = await IndexAsync(Principal(MembersFixture.CypfReaders));
        var other = await IndexAsync(Principal(MembersFixture.CorporateParentingReaders));
        var officer = await IndexAsync(Principal(MembersFixture.Officers));

        Assert.Equal(["/api/members/cypf"], Links(member.Text));
        Assert.Equal(["/api/members/corporate-parenting"], Links(other.Text));
        Assert.Equal(["/api/members/corporate-parenting", "/api/members/cypf"], Links(officer.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Report_PublicPanel_AnyoneSignedInAndNotRecorded()
    {
        await using var app = await FunctionsTestHost.StartAsync("2019-10-01T09:00:00Z", MembersFixture.PlatformSettings);
        await PublishedReportFixture.PublishSeptemberAsync(app);
        var telemetry = new CapturedTelemetry();

        var reply = await ReportAsync(app, Panel, Period, "v1", "report.json", Principal(), null, telemetry);

        Assert.Equal(200, reply.StatusCode);
        Assert.Empty(telemetry.CustomEvents);
    }

    private static (string, string)[] Principal(params string[] groups) =>
        [(ClientPrincipal.Header, ClientPrincipal.Encode(MemberId, "Cllr Ada Member", groups))];

    private static IConfiguration Configuration(Dictionary<string, string?> settings) => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static string[] Links(string html) => [.. PanelLink().Matches(html).Select(match => match.Groups[1].Value)];

    [GeneratedRegex("<li><a href=\"(/api/members/[^\"]+)\">")]
    private static partial Regex PanelLink();

    private static MembersReports Function(FunctionsTestHost app, MembersOptions? options, CapturedTelemetry? telemetry)
    {
        options ??= app.Services.GetRequiredService<MembersOptions>();
        return ActivatorUtilities.CreateInstance<MembersReports>(app.Services, new MemberSignIn(options), new MemberAccess(options), (telemetry ?? new CapturedTelemetry()).Events);
    }

    private Task<HttpReply> IndexAsync(IEnumerable<(string, string)> headers) =>
        HttpInvocation.GetAsync(App.Services, "/api/members", "", request => Function(App, null, null).Index(request, CancellationToken.None), headers);

    private Task<HttpReply> PanelAsync(string panel, IEnumerable<(string, string)> headers, CapturedTelemetry? telemetry = null) =>
        HttpInvocation.GetAsync(App.Services, $"/api/members/{panel}", "", request => Function(App, null, telemetry).Panel(request, panel, CancellationToken.None), headers);

    private Task<HttpReply> ReportAsync(string panel, string period, string version, string file, IEnumerable<(string, string)> headers,
        MembersOptions? options = null, CapturedTelemetry? telemetry = null) =>
        ReportAsync(App, panel, period, version, file, headers, options, telemetry);

    private static Task<HttpReply> ReportAsync(FunctionsTestHost app, string panel, string period, string version, string file, IEnumerable<(string, string)> headers,
        MembersOptions? options, CapturedTelemetry? telemetry) =>
        HttpInvocation.GetAsync(app.Services, $"/api/members/reports/{panel}/{period}/{version}/{file}", "",
            request => Function(app, options, telemetry).Report(request, panel, period, version, file, CancellationToken.None), headers);

    private async Task<byte[]> StoredAsync(string path)
    {
        await using var stream = await App.Store.Files.OpenReadAsync(Containers.Reports, path);
        Assert.NotNull(stream);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}

using System.Text;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Functions.Tests;

/// <summary>
/// The app on Azurite with platform authentication on (WEBSITE_AUTH_ENABLED=True, as App Service sets it), the demo
/// panel made internal and readable by one Entra group, a second internal panel readable by another, and September
/// 2019 published for the first (v1). Decoys sit in the reports container where a file name that escaped its version
/// folder would land.
/// </summary>
public sealed class MembersFixture : IAsyncLifetime
{
    public const string Period = "2019-09";
    public const string CypfReaders = "6a1f3c52-7d4e-4b8a-9f0e-2c5d8b7a1e93";
    public const string CorporateParentingReaders = "0b7e4d19-3c2a-4f65-8e1d-9a4c7b2e5f10";
    public const string Officers = "c3d9e8f1-2b4a-4c6d-8e7f-1a2b3c4d5e6f";
    public const string Administrators = "9f8e7d6c-5b4a-4392-8180-7f6e5d4c3b2a";
    public const string OtherPanel = "corporate-parenting";

    public static readonly string[] Decoys = ["cypf/2019-09/report.json", "cypf/2019-09/v1/secret.txt", "cypf/report.pdf", "decoy.json", "corporate-parenting/2019-09/v1/report.pdf"];

    public static string Panel => DemoCouncil.Panel.Id;

    public static Dictionary<string, string> PlatformSettings => new()
    {
        ["WEBSITE_AUTH_ENABLED"] = "True",
        ["WEBSITE_INSTANCE_ID"] = "a1b2c3",
        ["Members__OfficerGroups"] = Officers,
        ["Members__AdministratorGroups"] = Administrators,
    };

    public FunctionsTestHost App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await FunctionsTestHost.StartAsync("2019-10-01T09:00:00Z", PlatformSettings);
        await PublishInternalSeptemberAsync(App);
        foreach (var decoy in Decoys)
        {
            await App.Store.Files.WriteAsync(Containers.Reports, decoy, new MemoryStream(Encoding.UTF8.GetBytes("decoy")), overwrite: true);
        }
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>The demo panel, internal and read by <see cref="CypfReaders"/>; a second panel; September published for the first.</summary>
    public static async Task PublishInternalSeptemberAsync(FunctionsTestHost app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await PublishedReportFixture.PublishSeptemberAsync(app, DemoCouncil.Panel with { Audience = Audience.Internal, Readers = [CypfReaders] });
        await app.Store.Panels.SaveAsync(new Domain.Panels.Panel(OtherPanel, "Corporate Parenting Board") { Audience = Audience.Internal, Readers = [CorporateParentingReaders] });
    }
}

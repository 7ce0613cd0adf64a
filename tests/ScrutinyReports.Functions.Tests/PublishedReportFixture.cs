using System.Text;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Functions.Tests;

/// <summary>
/// The app on Azurite after the publication timer published cypf's September 2019 report (v1), with decoy files in
/// the reports container beside and above that version's folder, where a file name that escaped it would land. Shared
/// by tests that only read.
/// </summary>
public sealed class PublishedReportFixture : IAsyncLifetime
{
    public const string Period = "2019-09";

    /// <summary>Files in the reports container outside cypf/2019-09/v1, or inside it but not report files.</summary>
    public static readonly string[] Decoys =
    [
        "cypf/2019-09/x",
        "cypf/2019-09/report.json",
        "cypf/2019-09/v1/..%2Freport.json",
        "cypf/2019-09/v1/report.exe",
        "cypf/2019-09/v1/REPORT.PDF",
        "decoy.json",
    ];

    public static string Panel => DemoCouncil.Panel.Id;

    public FunctionsTestHost App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await FunctionsTestHost.StartAsync("2019-10-01T09:00:00Z");
        await PublishSeptemberAsync(App);
        foreach (var decoy in Decoys)
        {
            await App.Store.Files.WriteAsync(Containers.Reports, decoy, new MemoryStream(Encoding.UTF8.GetBytes("decoy")), overwrite: true);
        }
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>Figures for September taken in, then the timer fired at REPORT_SCHEDULE's time on 5 October and its queued panels published: v1.</summary>
    public static async Task PublishSeptemberAsync(FunctionsTestHost app, Domain.Panels.Panel? panel = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.SeedCatalogueAndPanelAsync(panel);
        await app.Create<IngestUpload>().Run(
            await app.DropAsync("september.csv", "indicator,period,value\nCLA_COUNT,2019-09,611\nCLA_COUNT,2019-08,607\nREREFERRALS_12M,2019-09,24.6\nREREFERRALS_12M,2019-08,23.9\n"),
            CancellationToken.None);
        await FireAtAsync(app, "2019-10-05T07:00:00Z");
    }

    public static async Task FireAtAsync(FunctionsTestHost app, string instant)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Clock.SetUtcNow(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));
        await app.Create<PublishMonthlyReport>().Run(Timers.Firing(), CancellationToken.None);
        await PublicationQueueRunner.RunAsync(app);
    }
}

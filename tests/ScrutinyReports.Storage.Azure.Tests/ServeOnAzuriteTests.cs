using System.Text;
using System.Text.Json;
using ScrutinyReports.Cli;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>
/// <c>scrutiny serve --once</c> against Azure Storage (Azurite): files dropped into the uploads container are taken
/// in, archived with receipts and removed; repeats change nothing; a bad file changes no stored figure; the schedule
/// publishes once per period. Uses months far from other tests' data, since the CLI uses the account's plain names.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ServeOnAzuriteTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ServeOnce_TakesInDropsOnceAndPublishesOncePerPeriod()
    {
        await using var store = await AzureStore.OpenAsync(azurite.ConnectionString);
        var good = "indicator,period,value\nCLA_COUNT,2031-01,611\nCLA_COUNT,2030-12,607\n";
        var bad = "indicator,period,value\nCLA_COUNT,2031-01,six hundred\n";
        await Drop(store, "officer@council.example/january.csv", good);
        await Drop(store, "february-bad.csv", bad);

        var first = await Serve("2031-02-05T07:30:00Z");

        Assert.Equal(ExitCodes.Failed, first.Exit);
        Assert.Contains("february-bad.csv, row 2, column C", first.Error, StringComparison.Ordinal);
        Assert.Empty(await store.Files.ListAsync(Containers.Uploads));
        var figures = await store.Observations.ReadCurrentAsync(new ObservationQuery(new DateOnly(2030, 12, 1), new DateOnly(2031, 1, 31)));
        Assert.Equal(611m, figures.Single(f => f.IndicatorId == "CLA_COUNT" && f.Period == ReportingPeriod.Month(2031, 1)).Value);
        var receipts = await store.Files.ListAsync(Containers.Archive);
        var outcomes = new List<string>();
        foreach (var receipt in receipts.Where(r => r.EndsWith(".receipt.json", StringComparison.Ordinal)))
        {
            await using var stream = await store.Files.OpenReadAsync(Containers.Archive, receipt);
            using var json = await JsonDocument.ParseAsync(stream!);
            var name = json.RootElement.GetProperty("fileName").GetString();
            if (name is "january.csv" or "february-bad.csv")
            {
                outcomes.Add($"{name} {json.RootElement.GetProperty("outcome").GetString()} {json.RootElement.GetProperty("uploader").ValueKind}");
            }
        }

        Assert.Contains("january.csv accepted String", outcomes);
        Assert.Contains("february-bad.csv rejected Null", outcomes);

        var panels = await store.Panels.ListAsync();
        var panel = panels.Count > 0 ? panels[0].Id : "default";
        Assert.Equal(1, (await store.Reports.LatestAsync(panel, "2031-01"))!.Version);

        await Drop(store, "january-again.csv", good);
        var second = await Serve("2031-02-05T09:00:00Z");

        Assert.Equal(ExitCodes.Success, second.Exit);
        Assert.Contains("unchanged", second.Output + second.Error, StringComparison.Ordinal);
        Assert.Empty(await store.Files.ListAsync(Containers.Uploads));
        Assert.Equal(1, (await store.Reports.LatestAsync(panel, "2031-01"))!.Version);
    }

    private static async Task Drop(AzureStore store, string path, string csv) =>
        await store.Files.WriteAsync(Containers.Uploads, path, new MemoryStream(Encoding.UTF8.GetBytes(csv)), overwrite: true);

    private async Task<(int Exit, string Output, string Error)> Serve(string asOf)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ScrutinyCli.RunAsync(["serve", "--once", "--as-of", asOf, "--store", azurite.ConnectionString], new CliConsole(output, error));
        return (exit, output.ToString(), error.ToString());
    }
}

using System.Text.Json;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Functions.Tests;

/// <summary>IngestUpload as the blob trigger calls it: with a real BlobClient for a file dropped into uploads on Azurite.</summary>
public sealed class IngestUploadTests : IAsyncLifetime
{
    private FunctionsTestHost app = null!;

    public async Task InitializeAsync()
    {
        app = await FunctionsTestHost.StartAsync("2019-10-03T10:00:00Z");
        await app.SeedCatalogueAndPanelAsync();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Run_AcceptedFile_FiguresStoredReceiptArchivedAndFileRemoved()
    {
        var blob = await app.DropAsync("cin.lead@council.example/september.csv", "indicator,period,value\nCLA_COUNT,2019-09,611\nCLA_COUNT,2019-08,607\n");

        await app.Create<IngestUpload>().Run(blob, CancellationToken.None);

        Assert.Equal(611m, await CurrentValueAsync("CLA_COUNT", 2019, 9));
        Assert.Equal(607m, await CurrentValueAsync("CLA_COUNT", 2019, 8));
        Assert.False(await blob.ExistsAsync());
        var receipt = Assert.Single(await ReceiptsAsync());
        Assert.Equal("accepted", receipt.Outcome);
        Assert.Equal("cin.lead@council.example", receipt.Uploader);
    }

    [Fact]
    public async Task Run_RejectedFile_NothingStoredAndTheRejectionIsArchived()
    {
        await app.Create<IngestUpload>().Run(await app.DropAsync("good.csv", "indicator,period,value\nCLA_COUNT,2019-09,611\n"), CancellationToken.None);
        var bad = await app.DropAsync("bad.csv", "indicator,period,value\nCLA_COUNT,2019-09,six hundred\nCLA_COUNT,2019-08,600\n");

        await app.Create<IngestUpload>().Run(bad, CancellationToken.None);

        Assert.Equal(611m, await CurrentValueAsync("CLA_COUNT", 2019, 9));
        Assert.Null(await CurrentValueAsync("CLA_COUNT", 2019, 8));
        Assert.False(await bad.ExistsAsync());
        var rejected = Assert.Single(await ReceiptsAsync(), receipt => receipt.FileName == "bad.csv");
        Assert.Equal("rejected", rejected.Outcome);
    }

    [Fact]
    public async Task Run_SameFileDeliveredTwiceOrDroppedAgain_StoredOnce()
    {
        const string Csv = "indicator,period,value\nCLA_COUNT,2019-09,611\n";
        var blob = await app.DropAsync("september.csv", Csv);
        var ingest = app.Create<IngestUpload>();
        await ingest.Run(blob, CancellationToken.None);

        // Event Grid delivers at least once: the same event again (the blob is gone), then the same content dropped again.
        await ingest.Run(blob, CancellationToken.None);
        await ingest.Run(await app.DropAsync("september-again.csv", Csv), CancellationToken.None);

        Assert.Single(await app.Store.Uploads.ListAsync());
        Assert.Single(await app.Store.Observations.ReadHistoryAsync("CLA_COUNT", ReportingPeriod.Month(2019, 9), Domain.Observations.Observation.WholeAuthority));
        Assert.Empty(await app.Store.Files.ListAsync(Containers.Uploads));
    }

    private async Task<decimal?> CurrentValueAsync(string indicator, int year, int month)
    {
        var period = ReportingPeriod.Month(year, month);
        var figures = await app.Store.Observations.ReadCurrentAsync(new ObservationQuery(period.Start, period.End));
        return figures.SingleOrDefault(figure => figure.IndicatorId == indicator && figure.Period == period)?.Value;
    }

    private async Task<List<(string FileName, string Outcome, string? Uploader)>> ReceiptsAsync()
    {
        var receipts = new List<(string, string, string?)>();
        foreach (var path in (await app.Store.Files.ListAsync(Containers.Archive)).Where(path => path.EndsWith(".receipt.json", StringComparison.Ordinal)))
        {
            await using var stream = await app.Store.Files.OpenReadAsync(Containers.Archive, path);
            using var json = await JsonDocument.ParseAsync(stream!);
            var root = json.RootElement;
            receipts.Add((root.GetProperty("fileName").GetString()!, root.GetProperty("outcome").GetString()!, root.GetProperty("uploader").GetString()));
        }

        return receipts;
    }
}

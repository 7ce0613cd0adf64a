using System.Text;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Tests.Hosting;

public sealed class UploadDropScannerTests : PipelineFixture
{
    [Fact]
    public async Task Scan_TakesFilesOldestFirst_SoALaterCorrectionIsCurrent()
    {
        Clock.AutoAdvanceAmount = TimeSpan.FromSeconds(1);
        await DropAsync("a-correction.csv", "indicator,period,value\nCLA_COUNT,2019-09,590\n");
        await DropAsync("b-original.csv", "indicator,period,value\nCLA_COUNT,2019-09,588\n");
        var arrivals = new ArrivalTimes { ["b-original.csv"] = Figures.Start, ["a-correction.csv"] = Figures.Start.AddMinutes(5) };

        var summary = await new UploadDropScanner(Store, new UploadDropHandler(Store, Ingestor), arrivals).ScanAsync();

        Assert.Equal(["b-original.csv", "a-correction.csv"], summary.Drops.Select(drop => drop.Path));
        Assert.Equal((2, 0, 0, 0), (summary.Accepted, summary.Unchanged, summary.Rejected, summary.Failed));
        var history = await Store.Observations.ReadHistoryAsync("CLA_COUNT", ReportingPeriod.Month(2019, 9), "");
        Assert.Equal([588m, 590m], history.Select(h => h.Observation.Value!.Value));
        Assert.Empty(await Store.Files.ListAsync(Containers.Uploads));
    }

    [Fact]
    public async Task Scan_WithoutArrivalTimes_TakesFilesInNameOrder()
    {
        await DropAsync("2-second.csv", "indicator,period,value\nCLA_COUNT,2019-09,588\n");
        await DropAsync("1-first.csv", "indicator,period,value\nCLA_COUNT,2019-08,596\n");

        var summary = await new UploadDropScanner(Store, new UploadDropHandler(Store, Ingestor)).ScanAsync();

        Assert.Equal(["1-first.csv", "2-second.csv"], summary.Drops.Select(drop => drop.Path));
    }

    [Fact]
    public async Task Scan_OneFileFailsUnexpectedly_TheOthersAreStillTakenIn()
    {
        var store = new StoreWithFaults(Store) { AfterUploadOpened = _ => throw new IOException("the share went away") };
        await DropAsync("1-unlucky.csv", "indicator,period,value\nCLA_COUNT,2019-09,588\n");
        await DropAsync("2-fine.csv", "indicator,period,value\nCLA_COUNT,2019-08,596\n");

        var summary = await new UploadDropScanner(store, new UploadDropHandler(store, new UploadIngestor(store, Clock))).ScanAsync();

        Assert.Equal([UploadDropStatus.Failed, UploadDropStatus.Accepted], summary.Drops.Select(drop => drop.Status));
        Assert.Equal("the share went away", summary.Drops[0].Error);
        Assert.Equal(["1-unlucky.csv"], await Store.Files.ListAsync(Containers.Uploads));
    }

    [Fact]
    public async Task Scan_Cancelled_StopsAndLeavesTheFiles()
    {
        await DropAsync("september.csv", "indicator,period,value\nCLA_COUNT,2019-09,588\n");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new UploadDropScanner(Store, new UploadDropHandler(Store, Ingestor)).ScanAsync(cancelled.Token));

        Assert.Equal(["september.csv"], await Store.Files.ListAsync(Containers.Uploads));
    }

    private async Task DropAsync(string path, string content) =>
        await Store.Files.WriteAsync(Containers.Uploads, path, new MemoryStream(Encoding.UTF8.GetBytes(content)), overwrite: true);

    private sealed class ArrivalTimes : Dictionary<string, DateTimeOffset>, IUploadArrivalTimes
    {
        public Task<DateTimeOffset?> ArrivedAtAsync(string path, CancellationToken cancellationToken = default) =>
            Task.FromResult<DateTimeOffset?>(TryGetValue(path, out var when) ? when : null);
    }
}

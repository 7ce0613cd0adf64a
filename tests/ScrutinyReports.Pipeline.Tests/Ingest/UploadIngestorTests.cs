using System.Text.Json;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Testing;

namespace ScrutinyReports.Pipeline.Tests.Ingest;

public sealed class UploadIngestorTests : PipelineFixture
{
    private const string Good = "indicator,period,value,numerator,denominator\nCIN_SEEN_5D,2019-09,77.5,310,400\nCLA_COUNT,2019-09,588,,\nCLA_COUNT,2019-08,596,,\n";

    [Fact]
    public async Task Ingest_GoodFile_StoresEveryFigureArchivesItAndWritesAReceipt()
    {
        var outcome = await IngestCsvAsync(Good, "september.csv");

        Assert.True(outcome.Accepted);
        Assert.Equal(3, outcome.Commit!.Added);
        Assert.Equal(new Dictionary<string, long> { ["CIN_SEEN_5D"] = 1, ["CLA_COUNT"] = 2 }, outcome.PerIndicator);
        Assert.Equal(Good, await ReadTextAsync(Containers.Archive, outcome.ArchivePath));
        using var receipt = JsonDocument.Parse(await ReadTextAsync(Containers.Archive, outcome.ReceiptPath));
        Assert.Equal("accepted", receipt.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("september.csv", receipt.RootElement.GetProperty("fileName").GetString());
        Assert.Equal(2, receipt.RootElement.GetProperty("perIndicator").GetProperty("CLA_COUNT").GetInt64());
    }

    [Fact]
    public async Task IngestAndPublish_QueueAReceiptPerArrivalAndAPublicationNotification()
    {
        var outcome = await IngestCsvAsync(Good, "september.csv");
        await IngestCsvAsync(Good, "september-again.csv");
        await Publisher.PublishAsync(ReportingPeriod.Month(2019, 9));

        var queued = await Store.Notifications.ReceiveAsync(10);

        // The same content sent again gets a receipt of its own, saying it was already received; nothing else changes.
        Assert.Equal([$"receipt:{outcome.Upload.Id}:20191003T090100.0000000Z", $"receipt:{outcome.Upload.Id}:20191003T090200.0000000Z", "report:default/2019-09/v1"],
            queued.Select(q => q.Notification.Id));
        Assert.Equal([NotificationKinds.UploadReceipt, NotificationKinds.UploadReceipt, NotificationKinds.ReportPublished], queued.Select(q => q.Notification.Kind));
        using var receipt = JsonDocument.Parse(queued[0].Notification.Payload);
        Assert.Equal("september.csv", receipt.RootElement.GetProperty("fileName").GetString());
        Assert.False(receipt.RootElement.TryGetProperty("alreadyReceivedAt", out _));
        using var repeat = JsonDocument.Parse(queued[1].Notification.Payload);
        Assert.Equal(("september-again.csv", "2019-10-03T09:01:00.000Z"), (repeat.RootElement.GetProperty("fileName").GetString(), repeat.RootElement.GetProperty("alreadyReceivedAt").GetString()));
    }

    [Fact]
    public async Task Ingest_SameContentAgain_ChangesNothing()
    {
        await IngestCsvAsync(Good, "september.csv");
        var before = await SnapshotAsync();

        var again = await IngestCsvAsync(Good, "september (1).csv");

        Assert.True(again.AlreadyStored);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Ingest_FileWithOneBadRow_StoresNothingAndArchivesItWithItsErrors()
    {
        await IngestCsvAsync(Good);
        var before = await SnapshotAsync();

        var outcome = await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-10,580\nCLA_COUNT,2019-11,lots\nCIN_SEEN_5D,2019-10,101\n", "october.csv");

        Assert.False(outcome.Accepted);
        Assert.Equal(
            ["october.csv, row 3, column C (\"value\"): expected a number such as 71.5, 1,283 or 71%, a suppression code (c, x, [c], *, <5) or N/A, TBC, Not yet available; found \"lots\"",
             "october.csv, row 4, column C (\"value\"): expected a percentage between 0 and 100 for CIN_SEEN_5D; found 101"],
            outcome.Errors);
        var rejection = outcome.Upload.Id + "|Rejected|0";
        var after = (await SnapshotAsync()).Split('\n');
        Assert.Contains(rejection, after);
        Assert.Equal(before, string.Join("\n", after.Where(line => line != rejection)));
        using var receipt = JsonDocument.Parse(await ReadTextAsync(Containers.Archive, outcome.ReceiptPath));
        Assert.Equal("rejected", receipt.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(2, receipt.RootElement.GetProperty("errors").GetArrayLength());
        Assert.NotNull(await Store.Files.OpenReadAsync(Containers.Archive, outcome.ArchivePath));
    }

    [Fact]
    public async Task Ingest_Correction_SupersedesAndKeepsTheEarlierFigure()
    {
        await IngestCsvAsync(Good);

        var correction = await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-09,590\n", "correction.csv");

        Assert.Equal(1, correction.Commit!.Superseded);
        var history = await Store.Observations.ReadHistoryAsync("CLA_COUNT", ReportingPeriod.Month(2019, 9), "");
        Assert.Equal([588m, 590m], history.Select(h => h.Observation.Value!.Value));
        Assert.True(history[^1].IsCurrent);
    }

    [Fact]
    public async Task Ingest_RejectedThenCatalogueFixed_SameContentIsAccepted()
    {
        var csv = "indicator,period,value\nNEW_MEASURE,2019-09,5\n";
        Assert.False((await IngestCsvAsync(csv)).Accepted);
        await Store.Catalogue.SaveAsync(Figures.SmallCatalogue.Merge([
            new Domain.Indicators.Indicator("NEW_MEASURE", "A new measure", "Other", Domain.Indicators.Unit.Count, Domain.Indicators.Polarity.Neutral, Frequency.Monthly, 0, null, 0, "")]));

        var retried = await IngestCsvAsync(csv);

        Assert.True(retried.Accepted);
        Assert.Equal(UploadOutcome.Accepted, (await Store.Uploads.FindAsync(retried.Upload.Id))!.Outcome);
    }

    [Fact]
    public async Task Ingest_MessyWorkbook_ReadsTitleRowsDateHeadersPercentCellsAndStates()
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("Scorecard", sheet => sheet
            .SharedString("A1", "Northbridge children's services scorecard")
            .SharedString("A2", "Produced by the performance team")
            .SharedString("A4", "Indicator ID")
            .SharedString("B4", "Description")
            .Date("C4", new DateOnly(2019, 7, 1), "mmm-yy")
            .Date("D4", new DateOnly(2019, 8, 1), "mmm-yy")
            .Date("E4", new DateOnly(2019, 9, 1), "mmm-yy")
            .Merge("A1:E1")
            .SharedString("A5", "CIN_SEEN_5D")
            .SharedString("B5", "Seen within 5 days")
            .Number("C5", 0.701, "0.0%")
            .SharedString("D5", "74.6%")
            .Number("E5", 0.775, "0.0%")
            .SharedString("A6", "CLA_COUNT")
            .SharedString("B6", "Children in care")
            .SharedString("C6", "1,001")
            .SharedString("D6", "N/A")
            .SharedString("E6", "c")).ToBytes();
        Clock.Advance(TimeSpan.FromMinutes(1));
        using var content = new MemoryStream(workbook);

        var outcome = await Ingestor.IngestAsync(content, "Scorecard Sep-19.xlsx");

        Assert.True(outcome.Accepted, string.Join("\n", outcome.Errors));
        var figures = await Store.Observations.ReadCurrentAsync(new ObservationQuery(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31)));
        Assert.Equal(
            ["CIN_SEEN_5D 2019-07 70.1 Validated", "CIN_SEEN_5D 2019-08 74.6 Validated", "CIN_SEEN_5D 2019-09 77.5 Validated",
             "CLA_COUNT 2019-07 1001 Validated", "CLA_COUNT 2019-08  NotAvailable", "CLA_COUNT 2019-09  Suppressed"],
            figures.Select(f => $"{f.IndicatorId} {f.Period} {f.Value:0.####} {f.Status}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ingest_WorkbookError_NamesTheCellAsExcelShowsIt()
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("Data", sheet => sheet
            .SharedString("A1", "Monthly return")
            .SharedString("A3", "Indicator").Date("B3", new DateOnly(2019, 8, 1), "mmm-yy").Date("C3", new DateOnly(2019, 9, 1), "mmm-yy")
            .SharedString("A14", "CLA_COUNT").Number("B14", 596).SharedString("C14", "five hundred")).ToBytes();
        Clock.Advance(TimeSpan.FromMinutes(1));
        using var content = new MemoryStream(workbook);

        var outcome = await Ingestor.IngestAsync(content, "return.xlsx");

        Assert.False(outcome.Accepted);
        Assert.StartsWith("return.xlsx, row 14, column C (\"Sep-19\"): expected a number", Assert.Single(outcome.Errors), StringComparison.Ordinal);
        Assert.Empty(await Store.Observations.ReadCurrentAsync(new ObservationQuery(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31))));
    }

    private async Task<string> ReadTextAsync(string container, string path)
    {
        await using var stream = await Store.Files.OpenReadAsync(container, path);
        using var reader = new StreamReader(stream!);
        return await reader.ReadToEndAsync();
    }
}

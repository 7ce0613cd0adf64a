using System.Text;
using System.Text.Json;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Tests.Hosting;

public sealed class UploadDropHandlerTests : PipelineFixture
{
    private const string September = "indicator,period,value\nCLA_COUNT,2019-09,588\nCLA_COUNT,2019-08,596\n";
    private const string Seen = "indicator,period,value\nCIN_SEEN_5D,2019-09,77.5\n";

    private UploadDropHandler Handler => new(Store, Ingestor);

    [Fact]
    public async Task Handle_GoodFile_IsStoredArchivedWithAReceiptAndRemoved()
    {
        await DropAsync("september.csv", September);

        var drop = await Handler.HandleAsync("september.csv");

        Assert.Equal((UploadDropStatus.Accepted, true), (drop.Status, drop.Removed));
        Assert.Empty(await UploadsAsync());
        Assert.Equal([drop.Outcome!.ArchivePath, drop.Outcome.ReceiptPath], await Store.Files.ListAsync(Containers.Archive));
        Assert.Equal(September, await ReadTextAsync(Containers.Archive, drop.Outcome.ArchivePath));
        using var receipt = await ReceiptAsync(drop.Outcome);
        Assert.Equal("accepted", receipt.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(2, (await CurrentFiguresAsync()).Count);
    }

    [Theory]
    [InlineData("performance@council.example/september.csv", null, "performance@council.example")]
    [InlineData("performance@council.example/september.csv", "head.of.service@council.example", "head.of.service@council.example")]
    [InlineData("september.csv", null, null)]
    [InlineData("team uploads/september.csv", null, null)]
    [InlineData("performance@council/september.csv", null, null)]
    public async Task Handle_Uploader_IsTheHostsOrTheFirstFolderThatIsAnAddress(string path, string? given, string? expected)
    {
        await DropAsync(path, September);

        var drop = await Handler.HandleAsync(path, given);

        Assert.Equal(expected, drop.Outcome!.Upload.Uploader);
        Assert.Equal(expected, (await Store.Uploads.FindAsync(drop.Outcome.Upload.Id))!.Uploader);
        using var receipt = await ReceiptAsync(drop.Outcome);
        Assert.Equal(expected, receipt.RootElement.GetProperty("uploader").GetString());
        Assert.Equal("september.csv", receipt.RootElement.GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task Handle_SameDeliveryTwice_TheSecondFindsNothingToDo()
    {
        await DropAsync("september.csv", September);
        await Handler.HandleAsync("september.csv");
        var before = await SnapshotAsync();

        var again = await Handler.HandleAsync("september.csv");

        Assert.Equal(UploadDropStatus.Gone, again.Status);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Handle_SameContentDroppedAgain_ChangesNothingAndIsRemoved()
    {
        await DropAsync("september.csv", September);
        await Handler.HandleAsync("september.csv");
        var before = await SnapshotAsync();
        var archived = await Store.Files.ListAsync(Containers.Archive);

        await DropAsync("officer@council.example/september (1).csv", September);
        var again = await Handler.HandleAsync("officer@council.example/september (1).csv");

        Assert.Equal((UploadDropStatus.Unchanged, true), (again.Status, again.Removed));
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(archived, await Store.Files.ListAsync(Containers.Archive));
        Assert.Empty(await UploadsAsync());
    }

    [Fact]
    public async Task Handle_RetryAfterACrashBetweenCommitAndReceipt_WritesTheReceipt()
    {
        var committed = await IngestCsvAsync(September, "september.csv");
        await Store.Files.DeleteAsync(Containers.Archive, committed.ReceiptPath);
        await DropAsync("september.csv", September);

        var retry = await Handler.HandleAsync("september.csv");

        Assert.Equal((UploadDropStatus.Unchanged, true), (retry.Status, retry.Removed));
        using var receipt = await ReceiptAsync(committed);
        Assert.Equal("accepted", receipt.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(2, receipt.RootElement.GetProperty("observations").GetInt64());
    }

    [Fact]
    public async Task Handle_TwoFilesAtOnce_BothAreStoredAndRemoved()
    {
        await DropAsync("a@council.example/september.csv", September);
        await DropAsync("b@council.example/seen.csv", Seen);

        var drops = await Task.WhenAll(
            Task.Run(() => new UploadDropHandler(Store, Ingestor).HandleAsync("a@council.example/september.csv")),
            Task.Run(() => new UploadDropHandler(Store, Ingestor).HandleAsync("b@council.example/seen.csv")));

        Assert.All(drops, drop => Assert.Equal((UploadDropStatus.Accepted, true), (drop.Status, drop.Removed)));
        Assert.Empty(await UploadsAsync());
        Assert.Equal(["CIN_SEEN_5D|2019-09|77.5", "CLA_COUNT|2019-08|596", "CLA_COUNT|2019-09|588"],
            (await CurrentFiguresAsync()).Select(o => $"{o.IndicatorId}|{o.Period}|{o.Value}").Order(StringComparer.Ordinal));
        Assert.Equal(4, (await Store.Files.ListAsync(Containers.Archive)).Count);
    }

    [Fact]
    public async Task Handle_FileWithErrors_StoresNothingAndIsArchivedWithItsErrors()
    {
        await DropAsync("september.csv", September);
        await Handler.HandleAsync("september.csv");
        var before = await SnapshotAsync();
        await DropAsync("october.csv", "indicator,period,value\nCLA_COUNT,2019-10,580\nCLA_COUNT,2019-11,lots\n");

        var drop = await Handler.HandleAsync("october.csv");

        Assert.Equal((UploadDropStatus.Rejected, true), (drop.Status, drop.Removed));
        Assert.Equal(before, string.Join("\n", (await SnapshotAsync()).Split('\n').Where(line => line != drop.Outcome!.Upload.Id + "|Rejected|0")));
        using var receipt = await ReceiptAsync(drop.Outcome!);
        Assert.Equal("rejected", receipt.RootElement.GetProperty("outcome").GetString());
        Assert.StartsWith("october.csv, row 3, column C (\"value\")", receipt.RootElement.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        Assert.NotNull(await Store.Files.OpenReadAsync(Containers.Archive, drop.Outcome!.ArchivePath));
        Assert.Empty(await UploadsAsync());
    }

    public static TheoryData<string, byte[]> Unreadable => new()
    {
        { "damaged.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x66, 0x6F, 0x6F] },
        { "old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00] },
        { "empty.csv", [] },
        { "named.xlsx", Encoding.UTF8.GetBytes(September) },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task Handle_FileThatCannotBeReadAtAll_EndsInTheArchiveRejectedAndLeavesUploads(string name, byte[] content)
    {
        await Store.Files.WriteAsync(Containers.Uploads, name, new MemoryStream(content), overwrite: false);

        var drop = await Handler.HandleAsync(name);

        Assert.Equal((UploadDropStatus.Rejected, true), (drop.Status, drop.Removed));
        Assert.Empty(await UploadsAsync());
        Assert.Empty(await CurrentFiguresAsync());
        using var receipt = await ReceiptAsync(drop.Outcome!);
        Assert.Equal("rejected", receipt.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(1, receipt.RootElement.GetProperty("errors").GetArrayLength());
        Assert.NotNull(await Store.Files.OpenReadAsync(Containers.Archive, drop.Outcome!.ArchivePath));
    }

    [Fact]
    public async Task Handle_StorageFailure_LeavesTheFileInUploadsForARetry()
    {
        var faulty = new StoreWithFaults(Store) { CommitFailure = new IOException("the storage account cannot be reached") };
        await DropAsync("september.csv", September);

        await Assert.ThrowsAsync<IOException>(() => new UploadDropHandler(faulty, new UploadIngestor(faulty, Clock)).HandleAsync("september.csv"));
        Assert.Equal(["september.csv"], await UploadsAsync());

        faulty.CommitFailure = null;
        var retry = await new UploadDropHandler(faulty, new UploadIngestor(faulty, Clock)).HandleAsync("september.csv");

        Assert.Equal((UploadDropStatus.Accepted, true), (retry.Status, retry.Removed));
        Assert.Empty(await UploadsAsync());
        Assert.Equal(2, (await CurrentFiguresAsync()).Count);
    }

    [Fact]
    public async Task Handle_FileReplacedWhileBeingRead_LeavesTheNewContentForItsOwnTurn()
    {
        const string Correction = "indicator,period,value\nCLA_COUNT,2019-09,590\n";
        var store = new StoreWithFaults(Store)
        {
            AfterUploadOpened = path => Store.Files.WriteAsync(Containers.Uploads, path, new MemoryStream(Encoding.UTF8.GetBytes(Correction)), overwrite: true),
        };
        var handler = new UploadDropHandler(store, new UploadIngestor(store, Clock));
        await DropAsync("september.csv", September);

        var first = await handler.HandleAsync("september.csv");
        Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await handler.HandleAsync("september.csv");

        Assert.Equal((UploadDropStatus.Accepted, false), (first.Status, first.Removed));
        Assert.Equal((UploadDropStatus.Accepted, true), (second.Status, second.Removed));
        Assert.Equal(1, second.Outcome!.Commit!.Superseded);
        var history = await Store.Observations.ReadHistoryAsync("CLA_COUNT", ReportingPeriod.Month(2019, 9), "");
        Assert.Equal([588m, 590m], history.Select(h => h.Observation.Value!.Value));
    }

    [Theory]
    [InlineData(".DS_Store")]
    [InlineData("~$september.xlsx")]
    [InlineData("officer@council.example/.hidden.csv")]
    public async Task Handle_HiddenOrExcelLockFile_IsSkippedAndLeftAlone(string path)
    {
        await DropAsync(path, September);

        var drop = await Handler.HandleAsync(path);

        Assert.Equal(UploadDropStatus.Skipped, drop.Status);
        Assert.Equal([path], await UploadsAsync());
        Assert.Empty(await Store.Files.ListAsync(Containers.Archive));
    }

    private async Task DropAsync(string path, string content) =>
        await Store.Files.WriteAsync(Containers.Uploads, path, new MemoryStream(Encoding.UTF8.GetBytes(content)), overwrite: true);

    private Task<IReadOnlyList<string>> UploadsAsync() => Store.Files.ListAsync(Containers.Uploads);

    private Task<IReadOnlyList<Domain.Observations.Observation>> CurrentFiguresAsync() =>
        Store.Observations.ReadCurrentAsync(new ObservationQuery(new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1)));

    private async Task<JsonDocument> ReceiptAsync(IngestOutcome outcome) => JsonDocument.Parse(await ReadTextAsync(Containers.Archive, outcome.ReceiptPath));

    private async Task<string> ReadTextAsync(string container, string path)
    {
        await using var file = await Store.Files.OpenReadAsync(container, path);
        using var reader = new StreamReader(file!);
        return await reader.ReadToEndAsync();
    }
}

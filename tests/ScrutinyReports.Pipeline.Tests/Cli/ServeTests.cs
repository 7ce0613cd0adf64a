using System.Globalization;
using System.Text;
using System.Text.Json;
using ScrutinyReports.Cli;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Storage.Local;
using ScrutinyReports.Testing;

namespace ScrutinyReports.Pipeline.Tests.Cli;

public sealed class ServeTests : IDisposable
{
    private const string LongCsv = "indicator,period,value,commentary\nCIN_SEEN_5D,2019-08,74.6,\nCIN_SEEN_5D,2019-09,77.5,Recovering after the summer\n";
    private const string WideCsv = "Indicator,Name,Aug-19,Sep-19\nCLA_COUNT,Children looked after,596,588\n";

    private readonly TempFolder folder = new();

    private string Store => Path.Combine(folder.Path, "store");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ServeOnce_TakesInLongWideAndExcelUploads_ArchivesThemAndEmptiesUploads()
    {
        Drop("long.csv", LongCsv);
        Drop("performance@council.example/wide.csv", WideCsv);
        Drop("scorecard.xlsx", new XlsxWorkbookBuilder().Sheet("Scorecard", sheet => sheet
            .SharedString("A1", "Children's services scorecard").Merge("A1:C1")
            .SharedString("A3", "Indicator ID").Date("B3", new DateOnly(2019, 8, 1), "mmm-yy").Date("C3", new DateOnly(2019, 9, 1), "mmm-yy")
            .SharedString("A4", "SW_SICKNESS").Number("B4", 9.8).SharedString("C4", "TBC")).ToBytes());

        var run = await ServeAsync("2019-10-05T07:30Z");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("accepted long.csv: 2 figures for 1 indicators (2 new, 0 revised, 0 older than figures already stored)", run.OutputLines);
        Assert.Contains("accepted performance@council.example/wide.csv: 2 figures for 1 indicators (2 new, 0 revised, 0 older than figures already stored)", run.OutputLines);
        Assert.Contains("accepted scorecard.xlsx: 2 figures for 1 indicators (2 new, 0 revised, 0 older than figures already stored)", run.OutputLines);
        Assert.Empty(UploadsLeft());
        await using var store = await LocalStore.OpenAsync(Store);
        var figures = await CurrentFiguresAsync(store);
        Assert.Equal(77.5m, figures.Single(o => o.IndicatorId == "CIN_SEEN_5D" && o.Period.Code == "2019-09").Value);
        Assert.Equal(588m, figures.Single(o => o.IndicatorId == "CLA_COUNT" && o.Period.Code == "2019-09").Value);
        Assert.Equal(ObservationStatus.NotAvailable, figures.Single(o => o.IndicatorId == "SW_SICKNESS" && o.Period.Code == "2019-09").Status);
        var receipts = await ReceiptsAsync(store);
        Assert.Equal(3, receipts.Count);
        Assert.All(receipts, receipt => Assert.Equal("accepted", receipt.GetProperty("outcome").GetString()));
        Assert.Equal(6, (await store.Files.ListAsync(Containers.Archive)).Count);
        var wide = receipts.Single(receipt => receipt.GetProperty("fileName").GetString() == "wide.csv");
        Assert.Equal("performance@council.example", wide.GetProperty("uploader").GetString());
        Assert.Equal("2019-10-05T07:30:00.000Z", wide.GetProperty("receivedAt").GetString());
        Assert.True(File.Exists(Path.Combine(Store, "reports", "default", "2019-09", "v1", "report.pdf")));
    }

    [Fact]
    public async Task ServeOnce_SameFileDroppedAgain_ChangesNothing()
    {
        Drop("long.csv", LongCsv);
        await ServeAsync("2019-10-05T07:30Z");
        var archived = ArchiveFiles();

        Drop("officer@council.example/long (1).csv", LongCsv);
        var again = await ServeAsync("2019-10-05T08:30Z");

        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Equal(["unchanged officer@council.example/long (1).csv: this content was already stored (sha256:a95818302be8)"], again.OutputLines);
        Assert.Equal(archived, ArchiveFiles());
        Assert.Empty(UploadsLeft());
        Assert.Single(Directory.GetDirectories(Path.Combine(Store, "reports", "default", "2019-09")));
    }

    [Fact]
    public async Task ServeOnce_RejectedFile_ExitsOneStoresNothingAndIsArchivedWithItsErrors()
    {
        Drop("long.csv", LongCsv);
        await ServeAsync("2019-10-05T07:30Z");
        Drop("october.csv", "indicator,period,value\nCIN_SEEN_5D,2019-10,78\nCIN_SEEN_5D,Octobr 2019,79\n");

        var run = await ServeAsync("2019-10-06T07:30Z");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal(["rejected october.csv: 1 errors; nothing from this file was stored"], run.OutputLines);
        Assert.StartsWith("error: october.csv, row 3, column B (\"period\"): unreadable period \"Octobr 2019\"", run.ErrorLines.Single(line => line.StartsWith("error:", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Empty(UploadsLeft());
        await using var store = await LocalStore.OpenAsync(Store);
        Assert.DoesNotContain(await CurrentFiguresAsync(store), o => o.Period.Code == "2019-10");
        var rejected = (await ReceiptsAsync(store)).Single(receipt => receipt.GetProperty("fileName").GetString() == "october.csv");
        Assert.Equal("rejected", rejected.GetProperty("outcome").GetString());
        Assert.Equal(1, rejected.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task ServeOnce_FileThatCannotBeRead_EndsInTheArchiveRejectedAndLeavesUploads()
    {
        Drop("september.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x0A, 0x00, 0x00, 0x00]);

        var run = await ServeAsync("2019-10-05T07:30Z");
        var again = await ServeAsync("2019-10-05T07:31Z");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal(["rejected september.xlsx: 1 errors; nothing from this file was stored"], run.OutputLines);
        Assert.Contains("september.xlsx: the file is not a readable Excel workbook (.xlsx)", run.Error, StringComparison.Ordinal);
        Assert.Equal((ExitCodes.Success, string.Empty), (again.ExitCode, again.Output));
        Assert.Empty(UploadsLeft());
        Assert.Equal([".receipt.json", ".xlsx"], ArchiveFiles().Select(name => name[64..]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Serve_Schedule_PublishesOncePerPeriod_AndAgainOnlyAfterACorrection()
    {
        Drop("long.csv", LongCsv);

        var onTheFifth = await ServeAsync("2019-10-05T07:30Z");
        var sameDay = await ServeAsync("2019-10-05T15:00Z");
        Drop("correction.csv", "indicator,period,value\nCIN_SEEN_5D,2019-09,77.9\n");
        var afterCorrection = await ServeAsync("2019-10-07T09:00Z");
        var dayBeforeNext = await ServeAsync("2019-11-04T09:00Z");

        Assert.Equal(ReportPaths("2019-09", 1), onTheFifth.OutputLines.Where(IsReportPath));
        Assert.Contains("Scheduled run of 2019-10-05 07:00 UTC: reports for September 2019.", onTheFifth.ErrorLines);
        Assert.Empty(sameDay.Output);
        Assert.Contains("Scrutiny panel: report for September 2019 unchanged at version 1.", sameDay.ErrorLines);
        Assert.Equal(["accepted correction.csv: 1 figures for 1 indicators (0 new, 1 revised, 0 older than figures already stored)", .. ReportPaths("2019-09", 2)], afterCorrection.OutputLines);
        Assert.Empty(dayBeforeNext.Output);
        Assert.Equal(["v1", "v2"], Directory.GetDirectories(Path.Combine(Store, "reports", "default", "2019-09")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(Store, "reports", "default", "2019-10")));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(ReportPaths("2019-09", 2)[0]));
        var seen = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "CIN_SEEN_5D");
        Assert.Equal(77.9m, seen.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Serve_AfterMissedRuns_CatchesUpWithTheLatestCompleteMonth()
    {
        Drop("long.csv", LongCsv);
        await ServeAsync("2019-08-05T08:00Z");

        var late = await ServeAsync("2019-10-20T00:00Z");

        Assert.Equal(ReportPaths("2019-09", 1), late.OutputLines);
        Assert.Contains("Scheduled run of 2019-10-05 07:00 UTC, standing in for 1 missed: reports for September 2019.", late.ErrorLines);
        Assert.False(Directory.Exists(Path.Combine(Store, "reports", "default", "2019-08")));
        Assert.True(Directory.Exists(Path.Combine(Store, "reports", "default", "2019-07", "v1")));
    }

    [Fact]
    public async Task ServeOnce_TakesFilesInTheOrderTheyArrived_SoTheLaterOneIsCurrent()
    {
        Drop("a-correction.csv", "indicator,period,value\nCLA_COUNT,2019-09,590\n");
        Drop("b-original.csv", "indicator,period,value\nCLA_COUNT,2019-09,588\n");
        File.SetLastWriteTimeUtc(Path.Combine(Store, "uploads", "b-original.csv"), new DateTime(2019, 10, 4, 9, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(Path.Combine(Store, "uploads", "a-correction.csv"), new DateTime(2019, 10, 4, 9, 5, 0, DateTimeKind.Utc));

        var run = await ServeAsync("2019-10-05T07:30Z");

        Assert.StartsWith("accepted b-original.csv", run.OutputLines[0], StringComparison.Ordinal);
        Assert.StartsWith("accepted a-correction.csv: 1 figures for 1 indicators (0 new, 1 revised", run.OutputLines[1], StringComparison.Ordinal);
        await using var store = await LocalStore.OpenAsync(Store);
        Assert.Equal(590m, (await CurrentFiguresAsync(store)).Single(o => o.IndicatorId == "CLA_COUNT").Value);
    }

    [Fact]
    public async Task Serve_Stopped_ExitsZeroAfterItsPass()
    {
        Drop("long.csv", LongCsv);
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        using var error = new StopAfterFirstPass(stop);

        var exit = await ScrutinyCli.RunAsync(["serve", "--store", Store, "--poll", "1", "--as-of", "2019-10-05T07:30Z"], new CliConsole(output, error), stop.Token);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("accepted long.csv", output.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("Stopped.", error.ToString().TrimEnd(), StringComparison.Ordinal);
        Assert.Empty(UploadsLeft());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task ServeOnce_ParallelPanels_EveryPanelOneVersionListedInPanelOrder(int parallel)
    {
        string[] panels = ["board", "cabinet", "cypf", "parenting", "safeguarding"];
        await using (var store = await LocalStore.OpenAsync(Store))
        {
            foreach (var id in panels)
            {
                await store.Panels.SaveAsync(Pipeline.Demo.DemoCouncil.Panel with { Id = id, Name = "Panel " + id });
            }
        }

        Drop("long.csv", LongCsv);

        var run = await CliRun.RunAsync("serve", "--store", Store, "--once", "--as-of", "2019-10-05T07:30Z", "--parallel", parallel.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var id in panels)
        {
            Assert.Equal(["v1"], Directory.GetDirectories(Path.Combine(Store, "reports", id, "2019-09")).Select(Path.GetFileName));
        }

        // Results come in the panels' order, whichever finished first.
        var pdfs = run.OutputLines.Where(line => IsReportPath(line) && line.EndsWith("report.pdf", StringComparison.Ordinal)).ToList();
        Assert.Equal(panels.Select(id => Path.Combine(Store, "reports", id, "2019-09", "v1", "report.pdf")), pdfs);
    }

    [Theory]
    [InlineData(null, "up to {0} panels' reports at once")]
    [InlineData("3", "up to 3 panels' reports at once")]
    public async Task ServeOnce_Parallel_DefaultsToTheNumberOfCoresAndSaysSo(string? parallel, string expected)
    {
        string[] args = ["serve", "--store", Store, "--once", "--as-of", "2019-10-05T07:30Z"];
        var run = await CliRun.RunAsync(parallel is null ? args : [.. args, "--parallel", parallel]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, expected, Environment.ProcessorCount) + "; one pass.", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--parallel", "0")]
    [InlineData("--parallel", "-2")]
    [InlineData("--poll", "0")]
    [InlineData("--as-of", "07:30")]
    [InlineData("--as-of", "next Tuesday")]
    public async Task Serve_BadOption_ExitsTwo(string option, string value)
    {
        var run = await CliRun.RunAsync("serve", "--once", option, value, "--store", Store);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith($"error: {option}", run.ErrorLines[0], StringComparison.Ordinal);
    }

    private Task<CliRun> ServeAsync(string asOf) => CliRun.RunAsync("serve", "--store", Store, "--once", "--as-of", asOf);

    private void Drop(string path, string content) => Drop(path, Encoding.UTF8.GetBytes(content));

    private void Drop(string path, byte[] content)
    {
        var file = Path.Combine(Store, "uploads", path.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, content);
    }

    private string[] UploadsLeft() => Directory.GetFiles(Path.Combine(Store, "uploads"), "*", SearchOption.AllDirectories);

    private string[] ArchiveFiles() => Directory.GetFiles(Path.Combine(Store, "archive")).Select(file => Path.GetFileName(file)!).Order(StringComparer.Ordinal).ToArray();

    private string[] ReportPaths(string period, int version) =>
        Pipeline.Reports.ReportFiles.All.Select(file => Path.Combine(Store, "reports", "default", period, $"v{version}", file)).ToArray();

    private static bool IsReportPath(string line) => line.StartsWith('/') || Path.IsPathRooted(line);

    // What Ctrl+C does, as soon as the first pass has reported.
    private sealed class StopAfterFirstPass(CancellationTokenSource stop) : StringWriter(CultureInfo.InvariantCulture)
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value?.StartsWith("Pass as of", StringComparison.Ordinal) == true)
            {
                stop.Cancel();
            }
        }
    }

    private static async Task<IReadOnlyList<Observation>> CurrentFiguresAsync(LocalStore store) =>
        await store.Observations.ReadCurrentAsync(new ObservationQuery(new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1)));

    private static async Task<List<JsonElement>> ReceiptsAsync(LocalStore store)
    {
        var receipts = new List<JsonElement>();
        foreach (var path in (await store.Files.ListAsync(Containers.Archive)).Where(path => path.EndsWith(".receipt.json", StringComparison.Ordinal)))
        {
            using var receipt = JsonDocument.Parse(await File.ReadAllTextAsync(store.Files.Locate(Containers.Archive, path)));
            receipts.Add(receipt.RootElement.Clone());
        }

        return receipts;
    }
}

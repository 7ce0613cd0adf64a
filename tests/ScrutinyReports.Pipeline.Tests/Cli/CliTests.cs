using System.Text.Json;
using ScrutinyReports.Cli;
using ScrutinyReports.Testing;

namespace ScrutinyReports.Pipeline.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string Store => Path.Combine(folder.Path, "store");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Demo_PublishesSeptember2019AndPrintsThePathsOfItsFourFiles()
    {
        var run = await CliRun.RunAsync("demo", "--store", Store);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["report.json", "report.html", "report.pdf", "report.xlsx"], run.OutputLines.Select(Path.GetFileName));
        Assert.All(run.OutputLines, path => Assert.True(File.Exists(path), path));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(run.OutputLines[0]));
        Assert.Equal("2019-09", json.RootElement.GetProperty("period").GetString());
        var indicators = json.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.True(indicators.Count >= 40);
        var seen = indicators.Single(i => i.GetProperty("id").GetString() == "CIN_SEEN_5D");
        Assert.Equal(77.5m, seen.GetProperty("value").GetDecimal());
        Assert.Equal(74.6m, seen.GetProperty("previous").GetProperty("value").GetDecimal());
        Assert.Equal("amber", seen.GetProperty("rag").GetString());
        Assert.Contains("demo figures", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_RunTwice_ChangesNothingAndKeepsVersionOne()
    {
        await CliRun.RunAsync("demo", "--store", Store);

        var again = await CliRun.RunAsync("demo", "--store", Store);

        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Contains("/v1/report.json", again.OutputLines[0].Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains("already in the store", again.Error, StringComparison.Ordinal);
        Assert.Contains("unchanged", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_WithOut_CopiesTheReportThere()
    {
        var outFolder = Path.Combine(folder.Path, "out");

        var run = await CliRun.RunAsync("demo", "--store", Store, "--out", outFolder);

        Assert.Equal([Path.Combine(outFolder, "report.json"), Path.Combine(outFolder, "report.html"), Path.Combine(outFolder, "report.pdf"), Path.Combine(outFolder, "report.xlsx")], run.OutputLines);
        Assert.All(run.OutputLines, path => Assert.True(File.Exists(path)));
    }

    [Fact]
    public async Task IngestThenReport_MessyWorkbook_IsStoredAndReported()
    {
        var workbook = folder.File("Scorecard September.xlsx");
        await File.WriteAllBytesAsync(workbook, new XlsxWorkbookBuilder().Sheet("Scorecard", sheet => sheet
            .SharedString("A1", "Children's services scorecard").Merge("A1:D1")
            .SharedString("A3", "Indicator ID").SharedString("B3", "Name")
            .Date("C3", new DateOnly(2019, 8, 1), "mmm-yy").Date("D3", new DateOnly(2019, 9, 1), "mmm-yy")
            .SharedString("A4", "CIN_SEEN_5D").SharedString("B4", "Seen in 5 days").Number("C4", 0.746, "0.0%").Number("D4", 0.775, "0.0%")
            .SharedString("A5", "CLA_COUNT").SharedString("B5", "Children in care").SharedString("C5", "596").SharedString("D5", "588")
            .SharedString("A6", "SW_SICKNESS").SharedString("B6", "Sickness").Number("C6", 9.8).SharedString("D6", "TBC")).ToBytes());

        var ingest = await CliRun.RunAsync("ingest", workbook, "--store", Store, "--uploader", "performance@council.example");
        var report = await CliRun.RunAsync("report", "--period", "2019-09", "--store", Store);

        Assert.Equal(ExitCodes.Success, ingest.ExitCode);
        Assert.StartsWith("accepted Scorecard September.xlsx: 6 figures for 3 indicators", ingest.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, report.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report.OutputLines[0]));
        var byId = json.RootElement.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal(77.5m, byId["CIN_SEEN_5D"].GetProperty("value").GetDecimal());
        Assert.Equal(2.9m, byId["CIN_SEEN_5D"].GetProperty("previous").GetProperty("change").GetDecimal());
        Assert.Equal("decreased", byId["CLA_COUNT"].GetProperty("previous").GetProperty("direction").GetString());
        Assert.Equal("not_available", byId["SW_SICKNESS"].GetProperty("status").GetString());
        Assert.Equal("missing", byId["REREFERRALS_12M"].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ingest_BadFile_ExitsOneWithLocatedErrorsAndStoresNothing()
    {
        await CliRun.RunAsync("demo", "--store", Store);
        var bad = folder.File("october.csv");
        await File.WriteAllTextAsync(bad, "indicator,period,value\nCLA_COUNT,2019-10,580\nCLA_COUNT,Octobr 2019,581\n");

        var run = await CliRun.RunAsync("ingest", bad, "--store", Store);
        var report = await CliRun.RunAsync("report", "--period", "2019-10", "--store", Store);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal("error: october.csv, row 3, column B (\"period\"): unreadable period \"Octobr 2019\" for CLA_COUNT (monthly); expected " +
                     "a month such as 2019-09, Sep-19, Sep 2019, September 2019, 09/2019 or 30/09/2019", Assert.Single(run.ErrorLines));
        Assert.StartsWith("rejected october.csv", run.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report.OutputLines[0]));
        var cla = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "CLA_COUNT");
        Assert.Equal("missing", cla.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Validate_ChecksWithoutStoring()
    {
        var good = folder.File("good.csv");
        await File.WriteAllTextAsync(good, "indicator,period,value\nCLA_COUNT,2019-09,588\n");
        var bad = folder.File("bad.csv");
        await File.WriteAllTextAsync(bad, "indicator,period,value\nNOT_AN_INDICATOR,2019-09,1\n");

        var run = await CliRun.RunAsync("validate", good, bad, "--store", Store);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal(["valid good.csv: 1 figures", "invalid bad.csv: 1 errors"], run.OutputLines);
        Assert.Contains("unknown indicator \"NOT_AN_INDICATOR\"", run.Error, StringComparison.Ordinal);
        var report = await CliRun.RunAsync("report", "--period", "2019-09", "--store", Store);
        Assert.Equal(ExitCodes.Failed, report.ExitCode);
        Assert.Contains("catalogue is empty", report.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CatalogueImport_BadRow_ExitsOneAndChangesNothing()
    {
        var catalogue = folder.File("catalogue.csv");
        await File.WriteAllTextAsync(catalogue, "ID,Name,Theme,Unit,Polarity,Frequency,Decimals,Target,Tolerance,Definition\nMY_ONE,Mine,Local,percent,higher_is_better,monthly,1,>=90,5,x\nMY_TWO,Two,Local,parsecs,neutral,monthly,0,,,y\n");

        var run = await CliRun.RunAsync("catalogue", "import", catalogue, "--store", Store);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("catalogue.csv, row 3, column D (\"Unit\"): expected one of count, percent", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("report")]
    [InlineData("report", "--period", "2019-13")]
    [InlineData("report", "--period", "2019/20")]
    [InlineData("ingest")]
    public async Task UsageErrors_ExitTwo(params string[] args)
    {
        var run = await CliRun.RunAsync([.. args, "--store", Store]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith("error: ", run.ErrorLines[0], StringComparison.Ordinal);
    }
}

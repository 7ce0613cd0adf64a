using ScrutinyReports.Cli;

namespace ScrutinyReports.Pipeline.Tests.Cli;

/// <summary>
/// What the command line repeats from a file or a file name is escaped, so a crafted file cannot forge a line of
/// output; and a rejected file's count is its true number of errors, not the number kept for listing.
/// </summary>
public sealed class HostileOutputTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string Store => Path.Combine(folder.Path, "store");

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("ingest")]
    [InlineData("validate")]
    public async Task Command_CellForgingAnErrorLine_PrintsOneErrorLine(string command)
    {
        var file = folder.File("forged.csv");
        await File.WriteAllTextAsync(file, "indicator,period,value\nCLA_COUNT,2019-09,\"five\nerror: other.csv, row 1\"\n");

        var run = await CliRun.RunAsync(command, file, "--store", Store);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.EndsWith("found \"five\\nerror: other.csv, row 1\"", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("validate")]
    public async Task Command_FileNameForgingAnErrorLine_IsEscapedInEveryLine(string command)
    {
        var file = folder.File("a\u001b[2J\nerror: x.csv.csv");
        await File.WriteAllTextAsync(file, "indicator,period,value\nCLA_COUNT,2019-09,five\n");

        var run = await CliRun.RunAsync(command, file, "--store", Store);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: a\\u001b[2J\\nerror: x.csv.csv, row 2, column C", line, StringComparison.Ordinal);
        var result = Assert.Single(run.OutputLines);
        Assert.Contains("a\\u001b[2J\\nerror: x.csv.csv", result, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Output + run.Error, c => char.IsControl(c) && c != '\n');
    }

    [Fact]
    public async Task Ingest_TenThousandBadRows_SaysTheTrueCountEverywhere()
    {
        var file = folder.File("big.csv");
        await File.WriteAllTextAsync(file, "indicator,period,value\n" + string.Concat(Enumerable.Repeat("CLA_COUNT,2019-09,five\n", 10_000)));

        var ingest = await CliRun.RunAsync("ingest", file, "--store", Store);
        var validate = await CliRun.RunAsync("validate", file, "--store", Store);

        Assert.Equal(["rejected big.csv: 10,000 errors; nothing from this file was stored"], ingest.OutputLines);
        Assert.Equal("error: ... and 9,800 more errors like these", ingest.ErrorLines[^1]);
        Assert.Equal(["invalid big.csv: 10,000 errors"], validate.OutputLines);
        var receiptPath = Directory.GetFiles(Path.Combine(Store, "archive"), "*.receipt.json").Single();
        using var receipt = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(receiptPath));
        Assert.Equal(10_000, receipt.RootElement.GetProperty("errorCount").GetInt32());
        var message = ScrutinyReports.Pipeline.Notifications.Messages.ReceiptMessage.Write(receipt.RootElement, new Domain.Indicators.IndicatorCatalogue([]));
        Assert.Equal("Rejected: big.csv (10,000 errors to correct)", message.Subject);
    }
}

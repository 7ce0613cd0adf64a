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
}

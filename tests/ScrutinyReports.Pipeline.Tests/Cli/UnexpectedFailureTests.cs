using ScrutinyReports.Cli;

namespace ScrutinyReports.Pipeline.Tests.Cli;

/// <summary>A failure no command expected reaches a person as one line and exit code 1, never as a stack trace.</summary>
public sealed class UnexpectedFailureTests : IDisposable
{
    private readonly string notAFolder = Path.Combine(Path.GetTempPath(), "scrutiny-not-a-folder-" + Guid.NewGuid().ToString("N"));

    public UnexpectedFailureTests() => File.WriteAllText(notAFolder, "a file where the store's folder should be");

    public void Dispose() => File.Delete(notAFolder);

    [Fact]
    public async Task Run_StoreIsAFile_OneLineInWordsAndExitCodeOne()
    {
        var run = await CliRun.RunAsync("--store", notAFolder, "report", "--period", "2019-09");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.StartsWith("error: the command stopped: a file or folder could not be read or written", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("--verbose", run.ErrorLines[1], StringComparison.Ordinal);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Verbose_TheDetailFollowsTheLine()
    {
        var run = await CliRun.RunAsync("--store", notAFolder, "report", "--period", "2019-09", "--verbose");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.StartsWith("error: the command stopped:", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("   at ", run.Error, StringComparison.Ordinal);
    }
}

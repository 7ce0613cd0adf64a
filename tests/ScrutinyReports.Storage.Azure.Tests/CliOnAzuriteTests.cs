using System.Text.Json;
using ScrutinyReports.Cli;

namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>The real command line, given an Azure Storage connection string as --store, runs on Azure Storage.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CliOnAzuriteTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string outFolder = Path.Combine(Path.GetTempPath(), "scrutiny-cli-azure", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Demo_WithAConnectionString_PublishesToBlobsAndCopiesTheReportOut()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ScrutinyCli.RunAsync(["demo", "--store", azurite.ConnectionString, "--out", outFolder], new CliConsole(output, error));

        Assert.True(exit == ExitCodes.Success, error.ToString());
        var paths = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["report.json", "report.html", "report.pdf", "report.xlsx"], paths.Select(Path.GetFileName));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(paths[0]));
        Assert.Equal("2019-09", json.RootElement.GetProperty("period").GetString());
        Assert.True(new FileInfo(paths[2]).Length > 10_000);
    }

    public void Dispose()
    {
        if (Directory.Exists(outFolder))
        {
            Directory.Delete(outFolder, recursive: true);
        }
    }
}

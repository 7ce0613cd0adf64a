using System.Text.Json;
using ScrutinyReports.Cli;
using ScrutinyReports.Domain.Comparators;

namespace ScrutinyReports.Pipeline.Tests.Cli;

/// <summary><c>scrutiny comparators import</c> with the published DfE files in data/dfe, and the report it feeds.</summary>
public sealed class ComparatorsCliTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string Store => Path.Combine(folder.Path, "store");

    public void Dispose() => folder.Dispose();

    [Theory]
    // Wolverhampton's neighbours' re-referrals in 2024/25: mean 22.0 in the 2025 model, 20.94 (shown as 20.9) in the
    // April 2021 groupings.
    [InlineData(null, "2025", "22.0")]
    [InlineData("2021", "2021", "20.9")]
    public async Task Import_WithoutAModelFile_UsesTheShippedModel(string? snModelOption, string model, string neighbourMean)
    {
        string[] option = snModelOption is null ? [] : ["--sn-model", snModelOption];

        var import = await CliRun.RunAsync(["comparators", "import", .. DataFilesWithoutModels(), "--la", "336", "--store", Store, .. option]);

        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.Contains($"statistical neighbours model {model} (shipped with the app):", import.Error, StringComparison.Ordinal);
        using var json = await ReportWithRereferralsAsync();
        Assert.Equal(model, json.RootElement.GetProperty("comparatorSource").GetProperty("statisticalNeighbourModel").GetString());
        Assert.Equal(decimal.Parse(neighbourMean, System.Globalization.CultureInfo.InvariantCulture), RereferralsComparator(json, "sn_mean").GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Import_WithTheModelFileGiven_SaysItUsedThatFile()
    {
        var modelFile = Path.Combine(RepositoryRoot.Path, "data", "dfe", StatisticalNeighbourModelInfo.Dfe2025.FileName);

        var import = await CliRun.RunAsync(["comparators", "import", .. DataFilesWithoutModels(), modelFile, "--la", "336", "--store", Store]);

        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.Contains("statistical neighbours model 2025 (sn_model_2025_wide.csv):", import.Error, StringComparison.Ordinal);
    }

    private static string[] DataFilesWithoutModels()
    {
        var models = StatisticalNeighbourModelInfo.All.Select(m => m.FileName).ToHashSet(StringComparer.Ordinal);
        return [.. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "data", "dfe"), "*.csv").Where(path => !models.Contains(Path.GetFileName(path)))];
    }

    // 420 re-referrals of 2,000 referrals in June 2025, compared with the DfE's 2024/25 figures.
    private async Task<JsonDocument> ReportWithRereferralsAsync()
    {
        var upload = Path.Combine(folder.Path, "june.csv");
        await File.WriteAllTextAsync(upload, "indicator,period,value,numerator,denominator\nREREFERRALS_12M,2025-06,21.0,420,2000\n");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("ingest", upload, "--store", Store)).ExitCode);
        var report = await CliRun.RunAsync("report", "--period", "2025-06", "--store", Store);
        Assert.Equal(ExitCodes.Success, report.ExitCode);
        return JsonDocument.Parse(await File.ReadAllTextAsync(report.OutputLines[0]));
    }

    private static JsonElement RereferralsComparator(JsonDocument json, string kind) =>
        json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "REREFERRALS_12M")
            .GetProperty("comparators").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == kind);
}

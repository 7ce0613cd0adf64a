using System.Text.Json;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Comparators;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Tests.Comparators;

/// <summary>Comparator figures sent in a long-format upload's comparator column.</summary>
public sealed class ManualComparatorTests : PipelineFixture
{
    private const string Upload = "indicator,period,value,comparator\n" +
        "CIN_SEEN_5D,2019-09,77.5,\n" +
        "CIN_SEEN_5D,2019-09,80.1,West Midlands benchmarking club\n" +
        "CIN_SEEN_5D,2019-08,79.0,West Midlands benchmarking club\n";

    [Fact]
    public async Task Report_ShowsTheManualComparatorWithItsPeriod_AndNeverAsTheCouncilsFigure()
    {
        var outcome = await IngestCsvAsync(Upload);

        Assert.True(outcome.Accepted, string.Join("\n", outcome.Errors));
        Assert.Equal(1, outcome.Commit!.Added);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync((await Publisher.PublishAsync(ReportingPeriod.Month(2019, 9))).JsonPath));
        var seen = json.RootElement.GetProperty("indicators")[0];
        Assert.Equal(77.5m, seen.GetProperty("value").GetDecimal());
        var manual = Assert.Single(seen.GetProperty("comparators").EnumerateArray());
        Assert.Equal(("manual", "West Midlands benchmarking club", "2019-09", 80.1m),
            (manual.GetProperty("kind").GetString(), manual.GetProperty("name").GetString(), manual.GetProperty("period").GetString(), manual.GetProperty("value").GetDecimal()));
        Assert.Contains("Comparators for September 2019: West Midlands benchmarking club 80.1%", seen.GetProperty("comparison").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatDelivery_RestoresAManualComparatorFileACrashLeftUnwritten()
    {
        var outcome = await IngestCsvAsync(Upload);
        var file = ManualComparators.Folder + outcome.Upload.Digest + ".json";
        await Store.Files.DeleteAsync(Containers.Comparators, file);

        var again = await IngestCsvAsync(Upload);

        Assert.True(again.AlreadyStored);
        Assert.NotNull(await Store.Files.OpenReadAsync(Containers.Comparators, file));
    }

    [Fact]
    public async Task RejectedUpload_WritesNoManualComparators()
    {
        var outcome = await IngestCsvAsync(Upload + "CIN_SEEN_5D,2019-07,lots,\n");

        Assert.False(outcome.Accepted);
        Assert.Empty(await Store.Files.ListAsync(Containers.Comparators, ManualComparators.Folder));
    }
}

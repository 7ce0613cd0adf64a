using System.Text.Json;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Panels;

namespace ScrutinyReports.Pipeline.Tests.Reports;

/// <summary>Data-quality warnings reach the upload receipt and the report, and never block either.</summary>
public sealed class DataQualityTests : PipelineFixture
{
    [Fact]
    public async Task Ingest_PartsThatDoNotAddUp_IsAcceptedWithAWarningInTheReceipt()
    {
        var outcome = await IngestCsvAsync("indicator,period,value,breakdown\nCLA_COUNT,2019-09,128,\nCLA_COUNT,2019-09,30,North\nCLA_COUNT,2019-09,35,South\nCLA_COUNT,2019-09,25,East\nCLA_COUNT,2019-09,30,West\n");

        Assert.True(outcome.Accepted);
        var warning = Assert.Single(outcome.Warnings);
        Assert.Contains("add up to 120 but the whole-authority total is 128", warning, StringComparison.Ordinal);
        await using var receipt = await Store.Files.OpenReadAsync(ScrutinyReports.Pipeline.Storage.Containers.Archive, outcome.ReceiptPath);
        using var json = await JsonDocument.ParseAsync(receipt!);
        Assert.Equal(warning, json.RootElement.GetProperty("warnings")[0].GetString());
    }

    [Fact]
    public async Task Ingest_Correction_PutsTheRevisionInTheReceiptWithBothUploads()
    {
        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-09,588\n", "september.csv");

        var correction = await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-09,590\nCLA_COUNT,2019-10,592\n", "september-corrected.csv");

        var warning = Assert.Single(correction.Warnings);
        Assert.Contains("588", warning, StringComparison.Ordinal);
        Assert.Contains("590", warning, StringComparison.Ordinal);
        Assert.Contains("september.csv", warning, StringComparison.Ordinal);
        Assert.Contains("september-corrected.csv", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_UnusualJump_IsWarnedInTheReceipt()
    {
        var steady = string.Concat(Enumerable.Range(1, 9).Select(m => $"CIN_SEEN_5D,2019-{m:D2},{70 + (m % 2)}\n"));

        var outcome = await IngestCsvAsync("indicator,period,value\n" + steady + "CIN_SEEN_5D,2019-10,95\n");

        Assert.True(outcome.Accepted);
        Assert.Contains(outcome.Warnings, w => w.Contains("Children seen within 5 working days", StringComparison.Ordinal) && w.Contains("95", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_AfterACorrection_ListsTheRevisionWithBothUploadsAndMarksTheFigure()
    {
        await Store.Panels.SaveAsync(Panel.Default with { Audience = Audience.Internal });
        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-08,580\nCLA_COUNT,2019-09,588\n", "september.csv");
        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-09,590\n", "september-corrected.csv");

        var published = await Publisher.PublishAsync(ReportingPeriod.Month(2019, 9));

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(published.JsonPath));
        var revision = Assert.Single(json.RootElement.GetProperty("revisions").EnumerateArray());
        Assert.Equal(("CLA_COUNT", "2019-09", 588m, 590m), (revision.GetProperty("indicator").GetString(), revision.GetProperty("period").GetString(), revision.GetProperty("oldValue").GetDecimal(), revision.GetProperty("newValue").GetDecimal()));
        Assert.Equal(("september.csv", "september-corrected.csv"), (revision.GetProperty("oldUpload").GetProperty("fileName").GetString(), revision.GetProperty("newUpload").GetProperty("fileName").GetString()));
        var cla = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "CLA_COUNT");
        Assert.True(cla.GetProperty("revised").GetBoolean());
        Assert.Contains(json.RootElement.GetProperty("dataQuality").EnumerateArray(), w => w.GetProperty("kind").GetString() == "revised");
        var html = await File.ReadAllTextAsync(published.HtmlPath);
        Assert.Contains("590 (revised)", html, StringComparison.Ordinal);
        Assert.Contains("Data quality", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_AfterACorrectionToLastMonthsPublishedFigure_ListsTheRevisionAndMarksTheEarlierFigure()
    {
        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-04,570\nCLA_COUNT,2019-05,580\n", "may.csv");
        await Publisher.PublishAsync(ReportingPeriod.Month(2019, 5));
        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-05,583\nCLA_COUNT,2019-06,590\n", "june.csv");

        var june = await Publisher.PublishAsync(ReportingPeriod.Month(2019, 6));

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(june.JsonPath));
        var revision = Assert.Single(json.RootElement.GetProperty("revisions").EnumerateArray());
        Assert.Equal(("CLA_COUNT", "2019-05", 580m, 583m), (revision.GetProperty("indicator").GetString(), revision.GetProperty("period").GetString(), revision.GetProperty("oldValue").GetDecimal(), revision.GetProperty("newValue").GetDecimal()));
        Assert.Equal(("may.csv", "june.csv"), (revision.GetProperty("oldUpload").GetProperty("fileName").GetString(), revision.GetProperty("newUpload").GetProperty("fileName").GetString()));
        var cla = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "CLA_COUNT");
        Assert.False(cla.GetProperty("revised").GetBoolean());
        Assert.True(cla.GetProperty("previous").GetProperty("revised").GetBoolean());
        Assert.False(cla.GetProperty("yearAgo").GetProperty("revised").GetBoolean());
        var revisedHistory = cla.GetProperty("history").EnumerateArray().Where(p => p.GetProperty("revised").GetBoolean()).Select(p => p.GetProperty("period").GetString());
        Assert.Equal(["2019-05"], revisedHistory);
        var html = await File.ReadAllTextAsync(june.HtmlPath);
        Assert.Contains("583 (revised)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("590 (revised)", html, StringComparison.Ordinal);
        Assert.Contains("Figures marked (revised) replaced an earlier upload", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_IndicatorThatStoppedArriving_IsFlagged()
    {
        await IngestCsvAsync("indicator,period,value\nCIN_SEEN_5D,2019-05,70\nCIN_SEEN_5D,2019-06,71\nCIN_SEEN_5D,2019-07,72\n");

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync((await Publisher.PublishAsync(ReportingPeriod.Month(2019, 9))).JsonPath));

        var stopped = json.RootElement.GetProperty("dataQuality").EnumerateArray().Single(w => w.GetProperty("kind").GetString() == "stopped_arriving");
        Assert.Equal("CIN_SEEN_5D", stopped.GetProperty("indicator").GetString());
        Assert.Contains("the last figure received was for July 2019", stopped.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}

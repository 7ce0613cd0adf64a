using System.Text.Json;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Storage;
using UglyToad.PdfPig;

namespace ScrutinyReports.Pipeline.Tests.Reports;

public sealed class ReportPublisherTests : PipelineFixture
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2019, 9);

    [Fact]
    public async Task Publish_WritesJsonHtmlAndPdfCarryingEveryIndicator()
    {
        await IngestCsvAsync("indicator,period,value,commentary\nCIN_SEEN_5D,2019-08,74.6,\nCIN_SEEN_5D,2019-09,77.5,<script>alert('x')</script>\nA1_DAYS,2018/19,457,\n");

        var published = await Publisher.PublishAsync(September);

        Assert.True(published.IsNewVersion);
        Assert.Equal("default/2019-09/v1", published.Version.Folder);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(published.JsonPath));
        var indicators = json.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(["CIN_SEEN_5D", "CLA_COUNT", "A1_DAYS"], indicators.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal("missing", indicators[1].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, indicators[1].GetProperty("value").ValueKind);
        Assert.Equal("2018/19", indicators[2].GetProperty("period").GetString());
        Assert.Equal(published.Report.InputFingerprint, json.RootElement.GetProperty("inputFingerprint").GetString());

        var html = await File.ReadAllTextAsync(published.HtmlPath);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        foreach (var indicator in published.Report.Indicators)
        {
            Assert.Contains(indicator.Analysis.Indicator.Name, html, StringComparison.Ordinal);
        }

        using var pdf = PdfDocument.Open(published.PdfPath);
        var text = string.Join(" ", pdf.GetPages().Select(page => page.Text));
        Assert.Contains("Children looked after", text, StringComparison.Ordinal);
        Assert.Contains("Adoption A1", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of", text, StringComparison.Ordinal);
        Assert.Equal("Children's services performance: September 2019: Scrutiny panel", pdf.Information.Title);
    }

    [Fact]
    public async Task Publish_UnchangedInputs_ReusesTheVersion_ChangedInputs_MakeANewOne()
    {
        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-09,588\n");
        var first = await Publisher.PublishAsync(September);
        Clock.Advance(TimeSpan.FromDays(1));

        var again = await Publisher.PublishAsync(September);
        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-09,590\n");
        var corrected = await Publisher.PublishAsync(September);

        Assert.False(again.IsNewVersion);
        Assert.Equal(1, again.Version.Version);
        Assert.True(corrected.IsNewVersion);
        Assert.Equal(2, corrected.Version.Version);
        Assert.NotEqual(first.Report.InputFingerprint, corrected.Report.InputFingerprint);
        Assert.Equal(2, (await Store.Files.ListAsync(Containers.Reports)).Count(path => path.EndsWith("report.pdf", StringComparison.Ordinal)));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(corrected.JsonPath));
        var changes = json.RootElement.GetProperty("changesSincePreviousVersion");
        Assert.Equal(1, changes.GetProperty("previousVersion").GetInt32());
        var change = Assert.Single(changes.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "value");
        Assert.Equal(("CLA_COUNT", "588", "590"), (change.GetProperty("indicator").GetString(), change.GetProperty("old").GetString(), change.GetProperty("new").GetString()));
        using var firstJson = JsonDocument.Parse(await File.ReadAllTextAsync(first.JsonPath));
        Assert.False(firstJson.RootElement.TryGetProperty("changesSincePreviousVersion", out _));
    }

    [Fact]
    public async Task Publish_EmptyCatalogue_SaysWhatToDo()
    {
        await Store.Catalogue.SaveAsync(Domain.Indicators.IndicatorCatalogue.Empty);

        var error = await Assert.ThrowsAsync<PipelineException>(() => Publisher.PublishAsync(September));

        Assert.Contains("scrutiny catalogue import", error.Message, StringComparison.Ordinal);
    }
}

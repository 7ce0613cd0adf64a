using System.Text;
using System.Text.Json;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Rendering.Html;
using ScrutinyReports.Rendering.Json;

namespace ScrutinyReports.Pipeline.Tests.FollowUp;

/// <summary>The pack names a lead officer the subscriber list knows, and report.json keeps their e-mail beside the name.</summary>
public sealed class FollowUpLeadNameTests : PipelineFixture
{
    [Fact]
    public async Task Pack_ShowsTheLeadsNameWhereKnown_AndReportJsonKeepsTheEmail()
    {
        await new DemoSeeder(Store, new UploadIngestor(Store, Clock), Publisher, new ScrutinyReports.Pipeline.Comparators.ComparatorImporter(Store)).SeedAsync();
        await ScrutinyReports.Pipeline.Notifications.SubscriberDirectory.SaveAsync(Store.Files,
            [new Subscriber("Head.CLA@northbridge.example", "Jo Khan", SubscriberRole.Officer, "cypf", ["Children looked after"])], "test", Clock.GetUtcNow());

        var report = await Publisher.BuildAsync(DemoCouncil.LatestMonth, DemoCouncil.Panel.Id);
        using var html = new MemoryStream();
        await new HtmlReportRenderer().RenderAsync(report, html);
        using var output = new MemoryStream();
        ReportJsonWriter.Write(report, output);
        using var json = JsonDocument.Parse(output.ToArray());

        var items = json.RootElement.GetProperty("followUp").GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("ref").GetString()!);
        Assert.Equal(("head.cla@northbridge.example", "Jo Khan"), (items["Q2"].GetProperty("lead").GetString(), items["Q2"].GetProperty("leadName").GetString()));
        Assert.False(items["R2"].TryGetProperty("leadName", out _));
        Assert.Equal("adoption@northbridge.example", items["R2"].GetProperty("lead").GetString());
        var page = Encoding.UTF8.GetString(html.ToArray());
        Assert.Contains("Jo Khan", page, StringComparison.Ordinal);
        Assert.DoesNotContain("head.cla@northbridge.example", page, StringComparison.Ordinal);
        Assert.Contains("adoption@northbridge.example", page, StringComparison.Ordinal);
    }
}

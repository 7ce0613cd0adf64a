using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Pipeline.Tests.FollowUp;

/// <summary>The log is an input of the report: a changed log publishes a new version, an unchanged one does not.</summary>
public sealed class FollowUpVersionTests : PipelineFixture
{
    [Fact]
    public async Task A_new_update_in_the_log_makes_a_new_version_of_the_report()
    {
        await Store.Panels.SaveAsync(new Panel("cypf", "Children's panel") { MeetingDate = new DateOnly(2019, 10, 23) });
        await IngestCsvAsync("indicator,period,value\nCIN_SEEN_5D,2019-09,77.5\nCIN_SEEN_5D,2019-02,70.0\n");
        var month = ReportingPeriod.Month(2019, 9);
        var first = await Publisher.PublishAsync(month, "cypf");
        var item = new FollowUpItem("A1", FollowUpKind.Action, "Audit visits", new DateOnly(2019, 3, 20), "jo@council.example", new DateOnly(2019, 12, 31), "cypf", ["CIN_SEEN_5D"],
            [new FollowUpHistoryEntry(FollowUpStatus.OnTrack, "Started", new DateOnly(2019, 4, 1), "log.csv")]);

        await Store.FollowUps.SaveAsync([item]);
        var withLog = await Publisher.PublishAsync(month, "cypf");
        var again = await Publisher.PublishAsync(month, "cypf");
        await Store.FollowUps.SaveAsync([new FollowUpItem(item.Ref, item.Kind, item.Text, item.Raised, item.Lead, item.Due, item.PanelId, item.IndicatorIds,
            [.. item.History, new FollowUpHistoryEntry(FollowUpStatus.AtRisk, "Auditor off sick", new DateOnly(2019, 10, 2), "command line (sam)")])]);
        var updated = await Publisher.PublishAsync(month, "cypf");

        Assert.Equal((true, true, false, true), (first.IsNewVersion, withLog.IsNewVersion, again.IsNewVersion, updated.IsNewVersion));
        Assert.Equal(FollowUpStatus.AtRisk, updated.Report.FollowUp.Entries.Single().Item.Status);
        // 70.0% in February 2019 (the last month ended before the March meeting) to 77.5% in September: 7.5 points better.
        Assert.Equal(7.5m, updated.Report.FollowUp.Entries.Single().Movements.Single().Change);
    }
}

using System.Text;
using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.FollowUp;
using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Tests.FollowUp;

/// <summary>The follow-up log imported into a real local store: located errors, history kept, re-imports idempotent.</summary>
public sealed class FollowUpImportTests : PipelineFixture
{
    private const string Header = "ref,kind,text,raised,lead,due,status,update,indicators,panel";

    private FollowUpImporter Importer => new(Store, Clock);

    private bool setUp;

    private async Task SetUpAsync()
    {
        if (setUp)
        {
            return;
        }

        setUp = true;
        await Store.Panels.SaveAsync(new Panel("cypf", "Children's panel"));
        await SubscriberDirectory.SaveAsync(Store.Files,
            [new Subscriber("jo.lead@council.example", "Jo Lead", SubscriberRole.Officer, null, ["Children in need"])], "subscribers.csv", Clock.GetUtcNow());
    }

    [Fact]
    public async Task A_valid_log_adds_its_items_keeps_the_file_and_dates_entries_the_day_of_import()
    {
        var result = await ImportAsync(Header + "\nA1,action,Audit re-referrals,2019-03-20,jo.lead@council.example,2019-09-30,on track,Audit half done,cin_seen_5d,cypf\n" +
                                       "Q1,question,Why did visits fall?,20/03/2019,Jo.Lead@council.example,,answered,Staff absence,,CYPF\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(2, result.Added);
        var items = await Store.FollowUps.ListAsync("cypf");
        var a1 = items.Single(i => i.Ref == "A1");
        Assert.Equal(FollowUpStatus.OnTrack, a1.Status);
        Assert.Equal(["CIN_SEEN_5D"], a1.IndicatorIds);
        Assert.Equal("jo.lead@council.example", items.Single(i => i.Ref == "Q1").Lead);
        Assert.Equal(new FollowUpHistoryEntry(FollowUpStatus.OnTrack, "Audit half done", new DateOnly(2019, 10, 3), "log.csv"), a1.History.Single());
        Assert.Single(await Store.Files.ListAsync(Containers.Archive, FollowUpImporter.ArchiveFolder));
    }

    [Fact]
    public async Task Every_error_is_located_by_row_and_column_and_nothing_changes()
    {
        await ImportAsync(Header + "\nA1,action,Audit re-referrals,2019-03-20,jo.lead@council.example,2019-09-30,open,,,cypf\n");
        var before = await SnapshotLogAsync();

        var result = await ImportAsync(Header +
            "\nA1,action,Audit re-referrals,2019-03-20,jo.lead@council.example,2019-09-30,complete,Done,,cypf" +
            "\nA2,task,Something,2019-13-01,someone@council.example,2019-01-01,overdue,,NOPE,other" +
            "\nA3,action,Later,2019-05-01,jo.lead@council.example,2019-04-01,open,,,cypf\n", "bad.csv");

        Assert.False(result.Succeeded);
        Assert.Contains("bad.csv, row 3, column B (\"kind\"): expected recommendation, action, question; found \"task\"", result.Errors);
        Assert.Contains(result.Errors, e => e.StartsWith("bad.csv, row 3, column D (\"raised\"): expected a date", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("bad.csv, row 3, column E (\"lead\"): someone@council.example is not an officer in the subscriber list", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("bad.csv, row 3, column G (\"status\"): expected open, on track, at risk, complete, answered, dropped (overdue is worked out", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("bad.csv, row 3, column I (\"indicators\"): \"NOPE\" is not an indicator in the catalogue", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("bad.csv, row 3, column J (\"panel\"): expected the id of a panel on record (cypf); found \"other\"", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("bad.csv, row 4, column F (\"due\"): the due date 2019-04-01 is before the item was raised on 2019-05-01", StringComparison.Ordinal));
        Assert.Equal(before, await SnapshotLogAsync());
        Assert.Single(await Store.Files.ListAsync(Containers.Archive, FollowUpImporter.ArchiveFolder));
    }

    [Fact]
    public async Task Reimporting_the_same_file_changes_nothing_even_on_a_later_day()
    {
        var log = Header + "\nA1,action,Audit re-referrals,2019-03-20,jo.lead@council.example,2019-09-30,on track,Audit half done,,cypf\n";
        await ImportAsync(log);
        var before = await SnapshotLogAsync();
        Clock.Advance(TimeSpan.FromDays(3));

        var again = await ImportAsync(log);

        Assert.Equal((0, 0, 1), (again.Added, again.Changed, again.Unchanged));
        Assert.Equal(before, await SnapshotLogAsync());
    }

    [Fact]
    public async Task A_later_file_appends_to_the_history_and_never_overwrites_it()
    {
        await ImportAsync(Header + "\nA1,action,Audit re-referrals,2019-03-20,jo.lead@council.example,2019-09-30,on track,Audit half done,,cypf\n", "june.csv");
        Clock.Advance(TimeSpan.FromDays(20));

        var result = await ImportAsync(Header + "\nA1,action,Audit re-referrals,2019-03-20,jo.lead@council.example,2019-09-30,complete,Audit reported to the panel,,cypf\n", "october.csv");

        Assert.Equal(1, result.Changed);
        var item = (await Store.FollowUps.ListAsync()).Single();
        Assert.Equal(
            [(FollowUpStatus.OnTrack, "Audit half done", "june.csv", new DateOnly(2019, 10, 3)), (FollowUpStatus.Complete, "Audit reported to the panel", "october.csv", new DateOnly(2019, 10, 23))],
            item.History.Select(h => (h.Status, h.Update, h.Source, h.Date)));
        Assert.Equal(2, (await Store.Files.ListAsync(Containers.Archive, FollowUpImporter.ArchiveFolder)).Count);
    }

    [Fact]
    public async Task Update_from_the_command_line_is_recorded_with_the_user_and_kept_beside_the_imported_history()
    {
        await ImportAsync(Header + "\nA1,action,Audit re-referrals,2019-03-20,jo.lead@council.example,2019-09-30,open,,,cypf\n");
        var log = new FollowUpLog(Store, Publisher, Clock);

        var updated = await log.UpdateAsync(new FollowUpUpdateRequest("a1", null, FollowUpStatus.AtRisk, "Auditor off sick", null), "sam");

        Assert.Equal(FollowUpStatus.AtRisk, updated.Status);
        var stored = (await Store.FollowUps.ListAsync()).Single();
        Assert.Equal(["log.csv", "command line (sam)"], stored.History.Select(h => h.Source));
        await Assert.ThrowsAsync<PipelineException>(() => log.UpdateAsync(new FollowUpUpdateRequest("A9", null, FollowUpStatus.Open, "x", null), "sam"));
    }

    private async Task<FollowUpImportResult> ImportAsync(string csv, string fileName = "log.csv")
    {
        await SetUpAsync();
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await Importer.ImportAsync(content, fileName);
    }

    private async Task<string> SnapshotLogAsync() =>
        string.Join("\n", (await Store.FollowUps.ListAsync()).SelectMany(i => i.History.Select(h => $"{i.PanelId}|{i.Ref}|{i.Text}|{i.Due}|{h}")));
}

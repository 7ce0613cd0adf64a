using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Tests.Storage;

/// <summary>What every store must do with follow-up logs; run against SQLite here and against Azurite for the Azure store.</summary>
public abstract class FollowUpStoreContractTests : IAsyncLifetime
{
    private static readonly DateOnly March = new(2019, 3, 20);

    protected IScrutinyStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        await CleanUpAsync();
    }

    protected abstract Task<IScrutinyStore> CreateStoreAsync();

    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    [Fact]
    public async Task Saved_items_come_back_with_their_definition_and_history_in_order()
    {
        var item = Item("A1", "cypf", Entry(FollowUpStatus.Open, "2019-03-20", ""), Entry(FollowUpStatus.AtRisk, "2019-06-01", "Auditor off sick; it's delayed"));
        await Store.FollowUps.SaveAsync([item, Item("R/1 #2", "other panel", Entry(FollowUpStatus.Open, "2019-03-20", "x"))]);

        var stored = Assert.Single(await Store.FollowUps.ListAsync("cypf"));
        Assert.Equal((item.Ref, item.Kind, item.Text, item.Raised, item.Lead, item.Due, item.PanelId), (stored.Ref, stored.Kind, stored.Text, stored.Raised, stored.Lead, stored.Due, stored.PanelId));
        Assert.Equal(item.IndicatorIds, stored.IndicatorIds);
        Assert.Equal(item.History, stored.History);
        Assert.Equal(["R/1 #2"], (await Store.FollowUps.ListAsync("other panel")).Select(i => i.Ref));
        Assert.Equal(2, (await Store.FollowUps.ListAsync()).Count);
    }

    [Fact]
    public async Task Saving_again_appends_new_entries_and_replaces_the_definition()
    {
        var first = Item("A1", "cypf", Entry(FollowUpStatus.Open, "2019-03-20", ""));
        await Store.FollowUps.SaveAsync([first]);
        var second = new FollowUpItem("A1", FollowUpKind.Action, "Audit twenty re-referrals", March, first.Lead, new DateOnly(2019, 12, 31), "cypf", [],
            [.. first.History, .. Enumerable.Range(1, 120).Select(day => Entry(FollowUpStatus.OnTrack, "2019-04-01", $"week {day}"))]);

        await Store.FollowUps.SaveAsync([second]);

        var stored = Assert.Single(await Store.FollowUps.ListAsync("cypf"));
        Assert.Equal("Audit twenty re-referrals", stored.Text);
        Assert.Equal(new DateOnly(2019, 12, 31), stored.Due);
        Assert.Equal(121, stored.History.Count);
        Assert.Equal("week 120", stored.History[^1].Update);
    }

    [Fact]
    public async Task A_save_that_would_lose_history_is_refused()
    {
        await Store.FollowUps.SaveAsync([Item("A1", "cypf", Entry(FollowUpStatus.Open, "2019-03-20", ""), Entry(FollowUpStatus.Complete, "2019-05-01", "done"))]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.FollowUps.SaveAsync([Item("A1", "cypf", Entry(FollowUpStatus.Open, "2019-03-20", ""))]));
        Assert.Equal(2, Assert.Single(await Store.FollowUps.ListAsync()).History.Count);
    }

    private static FollowUpHistoryEntry Entry(FollowUpStatus status, string date, string update) =>
        new(status, update, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "log.csv");

    private static FollowUpItem Item(string reference, string panel, params FollowUpHistoryEntry[] history) =>
        new(reference, FollowUpKind.Action, "Audit re-referrals", March, "jo.lead@council.example", new DateOnly(2019, 9, 30), panel, ["REREFERRALS_12M", "CIN_SEEN_5D"], history);
}

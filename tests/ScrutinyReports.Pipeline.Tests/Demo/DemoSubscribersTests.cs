using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Pipeline.Tests.Demo;

/// <summary>The demo's subscriber list: who it names, and that it never replaces a list the store already has.</summary>
public sealed class DemoSubscribersTests : PipelineFixture
{
    [Fact]
    public void List_HasTheChairAsAMember_EveryLeadAsAnOfficer_AndEveryThemeOwned()
    {
        var subscribers = DemoSubscribers.Read();

        var chair = DemoCouncil.Panel.Chair;
        Assert.NotNull(chair);
        Assert.Contains(subscribers, s => s.Role == SubscriberRole.Member && s.PanelId == "cypf" && s.Email == chair.Email && s.Name == chair.Name);
        var officers = subscribers.Where(s => s.Role == SubscriberRole.Officer).ToList();
        Assert.Equal(["adoption@northbridge.example", "head.cin@northbridge.example", "head.cla@northbridge.example", "performance@northbridge.example", "safeguarding.qa@northbridge.example"],
            officers.Select(o => o.Email).Order(StringComparer.Ordinal));
        var themes = BuiltInCatalogue.Indicators.Indicators.Select(i => i.Theme).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(themes, officers.SelectMany(o => o.Themes).Order(StringComparer.Ordinal));
        // Role titles, never people's names.
        Assert.All(subscribers, s => Assert.Matches("^(Chair|Vice-Chair|Panel Member|Head of|Service Manager|Adoption Service Manager)", s.Name));
    }

    [Fact]
    public async Task Seed_FreshStore_ImportsTheList_AndASecondRunChangesNothing()
    {
        await SeedAsync();
        var first = await SubscriberDirectory.LoadAsync(Store.Files);
        await SeedAsync();

        Assert.Equal(DemoSubscribers.Read(), first, SubscriberComparer);
        Assert.Equal(first, await SubscriberDirectory.LoadAsync(Store.Files), SubscriberComparer);
        Assert.Single(Directory.GetFiles(Path.Combine(StorePath, "mail", "subscribers")));
    }

    [Fact]
    public async Task Seed_StoreWithItsOwnList_KeepsIt()
    {
        await Store.Panels.SaveAsync(DemoCouncil.Panel);
        Subscriber own = new("scrutiny.chair@council.example", "Cllr Ada Chair", SubscriberRole.Member, "cypf", []);
        await SubscriberDirectory.SaveAsync(Store.Files, [own], "people.csv", Clock.GetUtcNow());

        await SeedAsync();

        Assert.Equal([own], await SubscriberDirectory.LoadAsync(Store.Files), SubscriberComparer);
    }

    private static readonly EqualityComparer<Subscriber> SubscriberComparer = EqualityComparer<Subscriber>.Create(
        (a, b) => a is not null && b is not null && (a.Email, a.Name, a.Role, a.PanelId) == (b.Email, b.Name, b.Role, b.PanelId) && a.Themes.SequenceEqual(b.Themes),
        s => s.Email.GetHashCode(StringComparison.Ordinal));

    private async Task SeedAsync() =>
        await new DemoSeeder(Store, Ingestor, Publisher, new ScrutinyReports.Pipeline.Comparators.ComparatorImporter(Store), Clock).SeedAsync();
}

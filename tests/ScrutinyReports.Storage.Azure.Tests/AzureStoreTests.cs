using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Pipeline.Tests.Storage;
using static ScrutinyReports.Storage.Azure.Tests.TestFigures;

namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>Every store contract test against Azurite, and what is particular to the Azure store's tables and blobs.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureStoreTests(AzuriteFixture azurite) : StoreContractTests
{
    private AzureStore Azure => (AzureStore)Store;

    protected override async Task<IScrutinyStore> CreateStoreAsync() => await azurite.OpenStoreAsync(AzuriteFixture.NewPrefix());

    protected override Task CleanUpAsync() => AzuriteFixture.DeleteStoreAsync(Store);

    [Fact]
    public async Task Files_PathLeavingTheContainer_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.Files.WriteAsync(Containers.Archive, "../reports/x.json", new MemoryStream([1]), overwrite: true));
        Assert.Throws<ArgumentException>(() => Store.Files.Locate(Containers.Archive, "a//b"));
    }

    [Fact]
    public async Task Files_LocateIsTheBlobUrl_AndListingFiltersByPrefix()
    {
        await Store.Files.WriteAsync(Containers.Reports, "cypf/2019-09/v1/report.html", new MemoryStream([1]), overwrite: true);
        await Store.Files.WriteAsync(Containers.Reports, "cypf/2019-08/v1/report.html", new MemoryStream([2]), overwrite: true);
        await Store.Files.WriteAsync(Containers.Reports, "other/2019-09/v1/report.html", new MemoryStream([3]), overwrite: true);

        Assert.Equal(["cypf/2019-08/v1/report.html", "cypf/2019-09/v1/report.html"], await Store.Files.ListAsync(Containers.Reports, "cypf/"));
        var url = new Uri(Store.Files.Locate(Containers.Reports, "cypf/2019-09/v1/report.html"));
        Assert.EndsWith("reports/cypf/2019-09/v1/report.html", url.AbsolutePath, StringComparison.Ordinal);
        await Store.Files.DeleteAsync(Containers.Reports, "cypf/2019-08/v1/report.html");
        Assert.Equal(["cypf/2019-09/v1/report.html"], await Store.Files.ListAsync(Containers.Reports, "cypf/"));
    }

    [Fact]
    public async Task Files_OverwriteReplaces_AndReadsAreSeekable()
    {
        await Store.Files.WriteAsync(Containers.Uploads, "a.csv", new MemoryStream([1, 2, 3]), overwrite: true);
        Assert.True(await Store.Files.WriteAsync(Containers.Uploads, "a.csv", new MemoryStream([4, 5, 6, 7]), overwrite: true));

        await using var read = await Store.Files.OpenReadAsync(Containers.Uploads, "a.csv");
        Assert.True(read!.CanSeek);
        read.Position = 2;
        Assert.Equal(6, read.ReadByte());
    }

    [Fact]
    public void Description_NamesTheAccountButNeverTheKey()
    {
        Assert.Contains("devstoreaccount1", Store.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", Store.Description, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Eby8vdM02x", Store.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Observations_AwkwardBreakdownsAndIndicatorIds_RoundTrip()
    {
        const string breakdown = "North/East #1? 50% 'A|B' ~ Ynys Môn\t";
        var figure = new Observation("ODD/ID#1", ReportingPeriod.Month(2019, 9), breakdown, 5m, ObservationStatus.Validated);
        await Store.Observations.CommitAsync(Upload("a", Start), [figure, Monthly("ODD/ID#1", 2019, 9, 7m, "North")]);

        var read = Assert.Single(await Store.Observations.ReadCurrentAsync(Everything with { Breakdown = breakdown }));
        Assert.Equal(("ODD/ID#1", breakdown, 5m), (read.IndicatorId, read.Breakdown, read.Value!.Value));
        Assert.Single(await Store.Observations.ReadHistoryAsync("ODD/ID#1", ReportingPeriod.Month(2019, 9), breakdown));
    }

    [Fact]
    public async Task Observations_QuartersAndYears_AreReadByTheirPeriodEnd()
    {
        await Store.Observations.CommitAsync(Upload("a", Start),
        [
            new Observation("Q_IND", ReportingPeriod.Quarter(2019, 1), "", 10m, ObservationStatus.Validated),
            new Observation("Y_IND", ReportingPeriod.FinancialYear(2018), "", 20m, ObservationStatus.Validated),
            new Observation("Y_IND", ReportingPeriod.FinancialYear(2019), "", 30m, ObservationStatus.Validated),
            Monthly("M_IND", 2019, 3, 40m),
        ]);

        var window = await Store.Observations.ReadCurrentAsync(new ObservationQuery(new DateOnly(2019, 3, 31), new DateOnly(2019, 6, 30)));

        Assert.Equal(
            [("M_IND", ReportingPeriod.Month(2019, 3)), ("Q_IND", ReportingPeriod.Quarter(2019, 1)), ("Y_IND", ReportingPeriod.FinancialYear(2018))],
            window.Select(o => (o.IndicatorId, o.Period)));
    }

    [Fact]
    public async Task Uploads_RoundTripEveryField()
    {
        var rejected = new UploadRecord("sha256:" + new string('f', 64), "Oct £ report.xlsx", new DateTimeOffset(638_000_000_000_001_234, TimeSpan.Zero), null,
            UploadOutcome.Rejected, 0, [.. Enumerable.Range(1, 200).Select(i => $"bad.csv, row {i}, column C (\"value\"): expected a number; found \"{new string('x', 300)}\"")]);
        await Store.Uploads.RecordRejectedAsync(rejected);

        var read = await Store.Uploads.FindAsync(rejected.Id);

        Assert.Equal((rejected.FileName, rejected.ReceivedAt, rejected.Uploader, rejected.Outcome), (read!.FileName, read.ReceivedAt, read.Uploader, read.Outcome));
        Assert.Equal(rejected.Errors, read.Errors);
    }

    [Fact]
    public async Task Reports_PublishedAtIsKeptToTheTick()
    {
        var version = new ReportVersion("cypf", "2019-09", 1, "sha256:1", new DateTimeOffset(638_000_000_000_001_234, TimeSpan.Zero));
        await Store.Reports.RecordAsync(version);

        Assert.Equal(version, await Store.Reports.LatestAsync("cypf", "2019-09"));
        Assert.Equal([version], await Store.Reports.ListAsync("cypf"));
    }

    [Fact]
    public async Task Catalogue_SavingAgain_ReplacesTheWholeCatalogue_AndDropsTheOldVersion()
    {
        var first = new IndicatorCatalogue(Enumerable.Range(0, 150).Select(i => new Indicator($"I{i:D3}", $"Indicator {i}", "Theme", Unit.Count, Polarity.Neutral, Frequency.Monthly, 0, null, 0, "")));
        await Store.Catalogue.SaveAsync(first);
        Assert.Equal(150, (await Store.Catalogue.GetAsync()).Count);

        var second = new IndicatorCatalogue(first.Indicators.Take(3));
        await Store.Catalogue.SaveAsync(second);

        Assert.Equal(second.Indicators, (await Store.Catalogue.GetAsync()).Indicators);
        var entities = 0;
        await foreach (var unused in Azure.Resources.Table(StoreTables.Catalogue).QueryAsync<global::Azure.Data.Tables.TableEntity>())
        {
            entities++;
        }

        Assert.Equal(3 + 1, entities);
    }

    [Fact]
    public async Task Store_MadeWithoutIo_CreatesItsContainersAndTablesOnFirstUse()
    {
        var lazy = AzureStore.Connect(azurite.ConnectionString, new AzureStoreOptions { NamePrefix = AzuriteFixture.NewPrefix() });
        try
        {
            Assert.Empty(await lazy.Uploads.ListAsync());
            Assert.True(await lazy.Files.WriteAsync(Containers.Archive, "x.csv", new MemoryStream([1]), overwrite: false));
        }
        finally
        {
            await AzuriteFixture.DeleteStoreAsync(lazy);
        }
    }
}

using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Storage;
using static ScrutinyReports.Pipeline.Tests.Figures;

namespace ScrutinyReports.Pipeline.Tests.Storage;

/// <summary>
/// What every store must do, whatever it is built on. Each adapter's test class derives from this and says how to
/// make an empty store; the same assertions then run against SQLite here and against Azurite for the Azure store.
/// </summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    private static readonly ObservationQuery Everything = new(new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1));

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
    public async Task Commit_ThenRead_GivesTheFiguresBack()
    {
        var result = await Store.Observations.CommitAsync(Upload("a", Start), [Monthly("CIN_SEEN_5D", 2019, 9, 77.5m), Monthly("CLA_COUNT", 2019, 9, 588m), Monthly("CLA_COUNT", 2019, 9, 12m, "North")]);

        Assert.Equal(new CommitResult(false, 3, 0, 0), result);
        var current = await Store.Observations.ReadCurrentAsync(Everything);
        Assert.Equal(2, current.Count);
        Assert.Contains(current, o => o.IndicatorId == "CIN_SEEN_5D" && o.Value == 77.5m && o.Period == ReportingPeriod.Month(2019, 9));
        var north = await Store.Observations.ReadCurrentAsync(Everything with { Breakdown = "North" });
        Assert.Equal(12m, Assert.Single(north).Value);
    }

    [Fact]
    public async Task Commit_BreakdownWrittenEitherWay_IsOneKey_AndOldFreeTextReadsAsATeam()
    {
        // "North" as uploads stored it before dimensions; then team=North as an upload writes it now.
        await Store.Observations.CommitAsync(Upload("a", Start), [Monthly("CLA_COUNT", 2019, 9, 12m, "North"), Monthly("CLA_COUNT", 2019, 9, 5m, "age=Under 1 year")]);
        var result = await Store.Observations.CommitAsync(Upload("b", Start.AddDays(1)),
            [Monthly("CLA_COUNT", 2019, 9, 13m, BreakdownText.Parse("Team = North").Value.StoredText), Monthly("CLA_COUNT", 2019, 9, 6m, BreakdownDimensions.BuiltIn.Parse("AGE=under 1").Value.StoredText)]);

        Assert.Equal(2, result.Superseded);
        var north = Assert.Single(await Store.Observations.ReadCurrentAsync(Everything with { Breakdown = "North" }));
        Assert.Equal((13m, "team=North"), (north.Value!.Value, Breakdown.FromStored(north.Breakdown).Text));
        var infants = Assert.Single(await Store.Observations.ReadCurrentAsync(Everything with { Breakdown = "age=Under 1 year" }));
        Assert.Equal(("age", "Under 1 year"), (Breakdown.FromStored(infants.Breakdown).Dimension, Breakdown.FromStored(infants.Breakdown).Category));
    }

    [Fact]
    public async Task ListBreakdowns_NamesEveryStoredKeyOnce_InOrdinalOrder_WithoutTheWholeAuthority()
    {
        Assert.Empty(await Store.Observations.ListBreakdownsAsync());
        // Keys that share a start ("North", "North East", "Northampton"), need escaping ("=", "é", "/") and span years.
        await Store.Observations.CommitAsync(Upload("a", Start),
        [
            Monthly("CLA_COUNT", 2019, 9, 588m), Monthly("CLA_COUNT", 2019, 9, 12m, "North"), Monthly("CLA_COUNT", 2017, 1, 11m, "North"),
            Monthly("CLA_COUNT", 2019, 9, 7m, "Northampton"), Monthly("CIN_SEEN_5D", 2019, 9, 80m, "North East"),
            Monthly("CLA_COUNT", 2019, 9, 5m, "age=Under 1 year"), Monthly("CLA_COUNT", 2018, 9, 5m, "age=10 to 15 years"),
            Monthly("CLA_COUNT", 2019, 9, 3m, "Zoë's team / East"), Monthly("CLA_COUNT", 2020, 3, 9m, "sex=Female"),
        ]);
        await Store.Observations.CommitAsync(Upload("b", Start.AddDays(1)), [Monthly("CLA_COUNT", 2019, 9, 13m, "North"), Monthly("CLA_COUNT", 2019, 10, 2m, "South")]);

        var keys = await Store.Observations.ListBreakdownsAsync();

        Assert.Equal(["North", "North East", "Northampton", "South", "Zoë's team / East", "age=10 to 15 years", "age=Under 1 year", "sex=Female"], keys);
    }

    [Fact]
    public async Task ReadCurrent_IndicatorsNamed_ReadsOnlyTheirs()
    {
        await Store.Observations.CommitAsync(Upload("a", Start),
            [Monthly("CLA_COUNT", 2019, 9, 12m, "North"), Monthly("CIN_SEEN_5D", 2019, 9, 80m, "North"), Monthly("RHI_72H", 2019, 9, 50m, "North"), Monthly("RHI_72H", 2019, 9, 40m)]);

        var two = await Store.Observations.ReadCurrentAsync(Everything with { Breakdown = "North", Indicators = ["RHI_72H", "CLA_COUNT", "NOT_STORED"] });
        var none = await Store.Observations.ReadCurrentAsync(Everything with { Breakdown = "North", Indicators = [] });

        Assert.Equal([("CLA_COUNT", 12m), ("RHI_72H", 50m)], two.Select(o => (o.IndicatorId, o.Value!.Value)).Order());
        Assert.Empty(none);
    }

    [Fact]
    public async Task DeclaredDimensions_SaveAndReadBack_InOrder_ReplacingEarlierOnes()
    {
        Assert.Empty(await Store.Catalogue.GetDeclaredDimensionsAsync());
        var teams = new BreakdownDimension("team", [new("North"), new("South, and \"Central\" ‘Ynys Môn’")]);
        var wards = new BreakdownDimension("ward", Enumerable.Range(1, 1_000).Select(i => new BreakdownCategory($"Ward {i} {new string('x', 150)}")));
        await Store.Catalogue.SaveDeclaredDimensionsAsync([teams, wards, DfeCharacteristics.Sex]);

        var read = await Store.Catalogue.GetDeclaredDimensionsAsync();
        Assert.Equal(["team", "ward", "sex"], read.Select(d => d.Name));
        Assert.Equal(teams.Categories.Select(c => c.Name), read[0].Categories.Select(c => c.Name));
        Assert.Equal(1_000, read[1].Categories.Count);
        Assert.True(read[2].TryMatch("girls", out var female) && female.Name == "Female");
        Assert.True(read[2].Categories[2].Optional);

        await Store.Catalogue.SaveDeclaredDimensionsAsync([new BreakdownDimension("locality", [new("East")])]);
        Assert.Equal(["locality"], (await Store.Catalogue.GetDeclaredDimensionsAsync()).Select(d => d.Name));
        Assert.Equal(0, (await Store.Catalogue.GetAsync()).Count);
    }

    [Fact]
    public async Task Commit_KeepsStatusFractionAndCommentaryExactly()
    {
        var figure = new Observation("CIN_SEEN_5D", ReportingPeriod.Month(2019, 9), "", 77.50m, ObservationStatus.Provisional, 310, 400, "<script>alert(1)</script> £ “quoted”");
        await Store.Observations.CommitAsync(Upload("a", Start), [figure, Monthly("CLA_COUNT", 2019, 9, null, status: ObservationStatus.Suppressed)]);

        var current = await Store.Observations.ReadCurrentAsync(Everything);
        var read = current.Single(o => o.IndicatorId == "CIN_SEEN_5D");
        Assert.True(read.SameContentAs(figure));
        Assert.Equal(ObservationStatus.Suppressed, current.Single(o => o.IndicatorId == "CLA_COUNT").Status);
    }

    [Fact]
    public async Task Commit_SameUploadTwice_ChangesNothing()
    {
        await Store.Observations.CommitAsync(Upload("a", Start), [Monthly("CLA_COUNT", 2019, 9, 588m)]);

        var again = await Store.Observations.CommitAsync(Upload("a", Start.AddHours(1)), [Monthly("CLA_COUNT", 2019, 9, 999m)]);

        Assert.True(again.AlreadyStored);
        Assert.Equal(588m, Assert.Single(await Store.Observations.ReadCurrentAsync(Everything)).Value);
        Assert.Single(await Store.Observations.ReadHistoryAsync("CLA_COUNT", ReportingPeriod.Month(2019, 9), ""));
    }

    [Fact]
    public async Task Commit_LaterUpload_SupersedesAndKeepsTheEarlierAsARevision()
    {
        await Store.Observations.CommitAsync(Upload("a", Start), [Monthly("CLA_COUNT", 2019, 9, 588m)]);

        var result = await Store.Observations.CommitAsync(Upload("b", Start.AddDays(1)), [Monthly("CLA_COUNT", 2019, 9, 590m)]);

        Assert.Equal(new CommitResult(false, 0, 1, 0), result);
        Assert.Equal(590m, Assert.Single(await Store.Observations.ReadCurrentAsync(Everything)).Value);
        var history = await Store.Observations.ReadHistoryAsync("CLA_COUNT", ReportingPeriod.Month(2019, 9), "");
        Assert.Equal([(588m, "sha256:a", false), (590m, "sha256:b", true)], history.Select(h => (h.Observation.Value!.Value, h.UploadId, h.IsCurrent)));
    }

    [Fact]
    public async Task Commit_EarlierUploadArrivingLate_IsKeptAsHistoryOnly()
    {
        await Store.Observations.CommitAsync(Upload("b", Start.AddDays(1)), [Monthly("CLA_COUNT", 2019, 9, 590m)]);

        var result = await Store.Observations.CommitAsync(Upload("a", Start), [Monthly("CLA_COUNT", 2019, 9, 588m)]);

        Assert.Equal(new CommitResult(false, 0, 0, 1), result);
        Assert.Equal(590m, Assert.Single(await Store.Observations.ReadCurrentAsync(Everything)).Value);
        var history = await Store.Observations.ReadHistoryAsync("CLA_COUNT", ReportingPeriod.Month(2019, 9), "");
        Assert.Equal(["sha256:a", "sha256:b"], history.Select(h => h.UploadId));
    }

    [Fact]
    public async Task ReadHistories_GivesEachPeriodWhatReadHistoryGives()
    {
        var year = new Observation("CLA_COUNT", ReportingPeriod.FinancialYear(2018), "", 600m, ObservationStatus.Validated);
        await Store.Observations.CommitAsync(Upload("a", Start), [Monthly("CLA_COUNT", 2019, 8, 596m), Monthly("CLA_COUNT", 2019, 9, 588m), year, Monthly("CLA_COUNT", 2019, 9, 12m, "North")]);
        await Store.Observations.CommitAsync(Upload("b", Start.AddDays(1)), [Monthly("CLA_COUNT", 2019, 9, 590m), Monthly("CLA_COUNT", 2019, 9, 14m, "North")]);
        ReportingPeriod[] periods = [ReportingPeriod.Month(2019, 9), ReportingPeriod.Month(2019, 8), ReportingPeriod.Month(2019, 7), year.Period, ReportingPeriod.Month(2019, 9)];

        var histories = await Store.Observations.ReadHistoriesAsync("CLA_COUNT", periods, "");

        Assert.Equal(4, histories.Count);
        foreach (var period in periods)
        {
            Assert.Equal(await Store.Observations.ReadHistoryAsync("CLA_COUNT", period, ""), histories[period]);
        }

        // Written out in full, not only against ReadHistoryAsync (which a store may answer through ReadHistoriesAsync):
        // every revision of the period, oldest upload first, with its upload and whether it is current; no breakdown's.
        Assert.Equal([(588m, "sha256:a", Start, false), (590m, "sha256:b", Start.AddDays(1), true)],
            histories[ReportingPeriod.Month(2019, 9)].Select(h => (h.Observation.Value!.Value, h.UploadId, h.ReceivedAt, h.IsCurrent)));
        Assert.Equal([(596m, "sha256:a", true)], histories[ReportingPeriod.Month(2019, 8)].Select(h => (h.Observation.Value!.Value, h.UploadId, h.IsCurrent)));
        Assert.Equal(600m, Assert.Single(histories[year.Period]).Observation.Value);
        Assert.Empty(histories[ReportingPeriod.Month(2019, 7)]);
    }

    [Fact]
    public async Task Commit_FailingPartWay_StoresNothingOfTheUpload()
    {
        await Store.Observations.CommitAsync(Upload("a", Start), [Monthly("CLA_COUNT", 2019, 8, 596m)]);

        static IEnumerable<Observation> FailAfterTwo()
        {
            yield return Monthly("CLA_COUNT", 2019, 8, 1m);
            yield return Monthly("CLA_COUNT", 2019, 9, 588m);
            throw new IOException("the disk went away");
        }

        await Assert.ThrowsAsync<IOException>(() => Store.Observations.CommitAsync(Upload("b", Start.AddDays(1)), FailAfterTwo()));

        Assert.Equal(596m, Assert.Single(await Store.Observations.ReadCurrentAsync(Everything)).Value);
        Assert.Null(await Store.Uploads.FindAsync("sha256:b"));
        Assert.Single(await Store.Observations.ReadHistoryAsync("CLA_COUNT", ReportingPeriod.Month(2019, 8), ""));
    }

    [Fact]
    public async Task ReadCurrent_FiltersByPeriodEnd()
    {
        await Store.Observations.CommitAsync(Upload("a", Start), [Monthly("CLA_COUNT", 2018, 9, 632m), Monthly("CLA_COUNT", 2019, 9, 588m)]);

        var recent = await Store.Observations.ReadCurrentAsync(new ObservationQuery(new DateOnly(2019, 1, 1), new DateOnly(2019, 9, 30)));

        Assert.Equal(588m, Assert.Single(recent).Value);
    }

    [Fact]
    public async Task Uploads_RecordAcceptedAndRejected_AndARejectionNeverReplacesAnAcceptance()
    {
        await Store.Observations.CommitAsync(Upload("a", Start), [Monthly("CLA_COUNT", 2019, 9, 588m)]);
        var rejected = Upload("b", Start.AddMinutes(1)) with { Outcome = UploadOutcome.Rejected, Errors = ["bad.csv, row 2, column C (\"value\"): expected a number"] };
        await Store.Uploads.RecordRejectedAsync(rejected);
        await Store.Uploads.RecordRejectedAsync(Upload("a", Start) with { Outcome = UploadOutcome.Rejected, Errors = ["x"] });

        var accepted = await Store.Uploads.FindAsync("sha256:a");
        Assert.Equal((UploadOutcome.Accepted, 1L), (accepted!.Outcome, accepted.ObservationCount));
        Assert.Equal(rejected.Errors, (await Store.Uploads.FindAsync("sha256:b"))!.Errors);
        Assert.Equal(["sha256:a", "sha256:b"], (await Store.Uploads.ListAsync()).Select(u => u.Id));
    }

    [Fact]
    public async Task Catalogue_SaveAndGet_KeepsOrderTargetsAndTolerances()
    {
        await Store.Catalogue.SaveAsync(SmallCatalogue);

        var read = await Store.Catalogue.GetAsync();

        Assert.Equal(SmallCatalogue.Indicators, read.Indicators);
    }

    [Fact]
    public async Task Reports_LatestIsTheHighestVersion_AndAVersionCannotBeRecordedTwice()
    {
        await Store.Reports.RecordAsync(new ReportVersion("cypf", "2019-09", 1, "sha256:1", Start));
        await Store.Reports.RecordAsync(new ReportVersion("cypf", "2019-09", 2, "sha256:2", Start.AddDays(1)));

        Assert.Equal(2, (await Store.Reports.LatestAsync("cypf", "2019-09"))!.Version);
        Assert.Null(await Store.Reports.LatestAsync("cypf", "2019-08"));
        await Assert.ThrowsAnyAsync<Exception>(() => Store.Reports.RecordAsync(new ReportVersion("cypf", "2019-09", 2, "sha256:3", Start)));
    }

    [Fact]
    public async Task Panels_SaveTwice_KeepsTheLatest()
    {
        await Store.Panels.SaveAsync(new Panel("cypf", "Old name"));
        await Store.Panels.SaveAsync(new Panel("cypf", "Children's panel") { Council = "Northbridge" });

        var panel = Assert.Single(await Store.Panels.ListAsync());
        Assert.Equal(("Children's panel", "Northbridge"), (panel.Name, panel.Council));
    }

    [Fact]
    public async Task Files_WriteWithoutOverwrite_KeepsTheFirst()
    {
        Assert.True(await Store.Files.WriteAsync(Containers.Archive, "abc.csv", new MemoryStream([1, 2, 3]), overwrite: false));
        Assert.False(await Store.Files.WriteAsync(Containers.Archive, "abc.csv", new MemoryStream([9]), overwrite: false));

        await using var read = await Store.Files.OpenReadAsync(Containers.Archive, "abc.csv");
        var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        Assert.Equal([1, 2, 3], copy.ToArray());
        Assert.Equal(["abc.csv"], await Store.Files.ListAsync(Containers.Archive));
        Assert.Null(await Store.Files.OpenReadAsync(Containers.Archive, "missing.csv"));
    }

    [Fact]
    public async Task Notifications_StayQueuedUntilCompleted_OldestFirst()
    {
        await Store.Notifications.EnqueueAsync(new Notification("receipt:a", NotificationKinds.UploadReceipt, "{\"n\":1}"));
        await Store.Notifications.EnqueueAsync(new Notification("report:cypf/2019-09/v1", NotificationKinds.ReportPublished, "{\"n\":2}"));

        var first = await Store.Notifications.ReceiveAsync(10);
        Assert.Equal(["receipt:a", "report:cypf/2019-09/v1"], first.Select(r => r.Notification.Id));
        Assert.Equal("{\"n\":1}", first[0].Notification.Payload);
        await Store.Notifications.CompleteAsync(first[0]);
        await Store.Notifications.CompleteAsync(first[1]);

        Assert.Empty(await Store.Notifications.ReceiveAsync(10));
    }
}

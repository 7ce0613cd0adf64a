using System.Text;
using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Tests.Ingest;

/// <summary>Breakdowns as they reach the store: one key however written, old figures still theirs, undeclared categories refused.</summary>
public sealed class BreakdownIngestTests : PipelineFixture
{
    private static readonly ObservationQuery North = new(new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1)) { Breakdown = "North" };
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2019, 9);

    [Fact]
    public async Task Ingest_OldFreeTextThenTeamEquals_RevisesTheSameFigure()
    {
        await IngestCsvAsync("indicator,period,value,breakdown\nCLA_COUNT,2019-09,60,North\n", "old.csv");

        var correction = await IngestCsvAsync("indicator,period,value,breakdown\nCLA_COUNT,2019-09,61,Team = North\n", "new.csv");

        Assert.Equal(1, correction.Commit!.Superseded);
        var figure = Assert.Single(await Store.Observations.ReadCurrentAsync(North));
        Assert.Equal(61m, figure.Value);
        Assert.Equal(("team", "North"), (Breakdown.FromStored(figure.Breakdown).Dimension, Breakdown.FromStored(figure.Breakdown).Category));
        Assert.Equal(2, (await Store.Observations.ReadHistoryAsync("CLA_COUNT", September, "North")).Count);
    }

    [Fact]
    public async Task Ingest_AnOldFileAgain_WrittenTheNewWay_ChangesNoFigure()
    {
        await IngestCsvAsync("indicator,period,value,breakdown\nCLA_COUNT,2019-09,100,\nCLA_COUNT,2019-09,60,North\nCLA_COUNT,2019-09,40,South\n", "september.csv");
        var before = await FiguresAsync();

        var again = await IngestCsvAsync("indicator,period,breakdown,value\nCLA_COUNT,Sep-19,,100\nCLA_COUNT,Sep-19,team=North,60\nCLA_COUNT,Sep-19,TEAM = South,40\n", "september-again.csv");

        Assert.True(again.Accepted);
        Assert.Equal(0, again.Commit!.Added);
        Assert.Equal(before, await FiguresAsync());
    }

    [Fact]
    public async Task Ingest_FiguresStoredBeforeDimensions_ReadAsTeams()
    {
        // As the store held them before breakdowns had dimensions: free text, any characters.
        await Store.Observations.CommitAsync(Figures.Upload("old", Figures.Start),
            [Figures.Monthly("CLA_COUNT", 2019, 9, 12m, "North locality"), Figures.Monthly("CLA_COUNT", 2019, 9, 7m, "Area = West")]);

        var all = new ObservationQuery(new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1));
        var read = (await Store.Observations.ReadCurrentAsync(all with { Breakdown = "North locality" }))
            .Concat(await Store.Observations.ReadCurrentAsync(all with { Breakdown = "Area = West" }))
            .Select(o => Breakdown.FromStored(o.Breakdown).Text);

        Assert.Equal(["team=North locality", "team=Area = West"], read);
    }

    [Fact]
    public async Task Ingest_UndeclaredTeam_RejectsTheFileAtItsCellAndStoresNothing()
    {
        await ImportAsync("breakdowns.csv", "dimension,category\nteam,North\nteam,South\n");
        var before = await FiguresAsync();

        var outcome = await IngestCsvAsync("indicator,period,value,breakdown\nCLA_COUNT,2019-09,100,\nCLA_COUNT,2019-09,60,North\nCLA_COUNT,2019-09,40,Central\n", "teams.csv");

        Assert.False(outcome.Accepted);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal("teams.csv, row 4, column D (\"breakdown\"): unknown team \"Central\"; expected one of the team categories (North or South)", error);
        Assert.Equal(before, await FiguresAsync());
    }

    [Fact]
    public async Task Ingest_PartsCheck_RunsForEachDimensionThatIsComplete()
    {
        await ImportAsync("breakdowns.csv", "dimension,category\nteam,North\nteam,South\nteam,Central\n");

        // Teams: only two of three, so not checked. Sex: Male and Female make a complete set, 50 + 45 is not 100.
        var outcome = await IngestCsvAsync("indicator,period,value,breakdown\nCLA_COUNT,2019-09,100,\nCLA_COUNT,2019-09,60,North\nCLA_COUNT,2019-09,30,South\n" +
                                           "CLA_COUNT,2019-09,50,sex=M\nCLA_COUNT,2019-09,45,sex=F\n");

        Assert.True(outcome.Accepted);
        var warning = Assert.Single(outcome.Warnings);
        Assert.Contains("the 2 sex figures (Male 50, Female 45) add up to 95 but the whole-authority total is 100", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_PartsCheck_DeclaredTeamsAllPresent_AreChecked()
    {
        await ImportAsync("breakdowns.csv", "dimension,category\nteam,North\nteam,South\n");

        var outcome = await IngestCsvAsync("indicator,period,value,breakdown\nCLA_COUNT,2019-09,100,\nCLA_COUNT,2019-09,60,north\nCLA_COUNT,2019-09,30,team=SOUTH\n");

        Assert.Contains("the 2 team figures (North 60, South 30) add up to 90", Assert.Single(outcome.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CatalogueImport_BreakdownList_ReplacesOnlyTheDimensionsItNames()
    {
        var catalogueBefore = (await Store.Catalogue.GetAsync()).Count;
        var first = await ImportAsync("teams.csv", "dimension,category\nteam,North\nteam,South\nlocality,East\n");

        var second = await ImportAsync("more-teams.csv", "Dimension,Category,Optional\nteam,North\nteam,South\nteam,Central\nsex,Male\nsex,Female\nsex,Not recorded,yes\n");

        Assert.Equal([("team", 2), ("locality", 1)], first.DeclaredDimensions);
        Assert.Equal([("team", 3), ("sex", 3)], second.DeclaredDimensions);
        var declared = await Store.Catalogue.GetDeclaredDimensionsAsync();
        Assert.Equal(["team", "locality", "sex"], declared.Select(d => d.Name));
        Assert.Equal(["North", "South", "Central"], declared[0].Categories.Select(c => c.Name));
        Assert.True(declared[2].Categories[2].Optional);
        Assert.Equal(catalogueBefore, (await Store.Catalogue.GetAsync()).Count);
        var dimensions = await CatalogueSource.GetDimensionsAsync(Store);
        Assert.Equal("Not recorded", dimensions.Parse("sex=not recorded").Value.Category);
        Assert.False(dimensions.Parse("sex=Unknown").Success);
    }

    [Fact]
    public async Task CatalogueImport_BadBreakdownList_ChangesNothing()
    {
        await ImportAsync("teams.csv", "dimension,category\nteam,North\n");

        var result = await ImportAsync("bad.csv", "dimension,category\nteam,South\nteam,a=b\n");

        Assert.False(result.Succeeded);
        Assert.Contains("bad.csv, row 3, column B", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Equal(["North"], (await Store.Catalogue.GetDeclaredDimensionsAsync()).Single().Categories.Select(c => c.Name));
    }

    private async Task<CatalogueImportResult> ImportAsync(string fileName, string csv)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await new CatalogueImporter(Store).ImportAsync(content, fileName);
    }

    private async Task<string> FiguresAsync()
    {
        var all = new ObservationQuery(new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1));
        var figures = new List<string>();
        foreach (var breakdown in new[] { "", "North", "South", "Central" })
        {
            figures.AddRange((await Store.Observations.ReadCurrentAsync(all with { Breakdown = breakdown })).Select(o => $"{o.IndicatorId}|{o.Period}|{o.Breakdown}|{o.Value}|{o.Status}"));
        }

        return string.Join("\n", figures);
    }
}

using ScrutinyReports.Domain.Reports.Breakdowns;
using ScrutinyReports.Domain.Statistics;
using ScrutinyReports.Pipeline.Comparators;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Ingest;

namespace ScrutinyReports.Pipeline.Tests.Demo;

/// <summary>The demo's breakdowns: parts that add up to the unchanged whole-authority figures, and one team, East, genuinely outside its limits.</summary>
public sealed class DemoBreakdownsTests : PipelineFixture
{
    private async Task<(IngestOutcome Upload, Domain.Reports.ScrutinyReport Report)> SeedAsync()
    {
        var (upload, published) = await new DemoSeeder(Store, new UploadIngestor(Store, Clock), Publisher, new ComparatorImporter(Store)).SeedAsync();
        return (upload, published.Report);
    }

    [Fact]
    public async Task Demo_BreaksDownFourIndicators_WithEastsReReferralsTheOnlyFigureOutsideTheLimits()
    {
        var (upload, report) = await SeedAsync();

        Assert.DoesNotContain(upload.Warnings, w => w.Contains("add up", StringComparison.Ordinal));
        var sections = report.Indicators.SelectMany(e => e.Breakdowns.Select(s => (e.Analysis.Indicator.Id, Section: s))).ToList();
        Assert.Equal(["ASSESS_45D team", "CLA_COUNT age", "CLA_COUNT sex", "CLA_RATE team", "REREFERRALS_12M team"],
            sections.Select(s => $"{s.Id} {s.Section.Dimension}").Order(StringComparer.Ordinal));
        var outside = sections.SelectMany(s => s.Section.Categories.Where(row => row.Flag is FunnelPosition.Above998 or FunnelPosition.Below998).Select(row => $"{s.Id} {row.Category}"));
        Assert.Equal(["REREFERRALS_12M East"], outside);
        var teams = sections.Where(s => s.Section.Dimension == "team").Select(s => s.Section.Categories.Select(row => row.Category));
        Assert.All(teams, names => Assert.Equal(["Central", "East", "North", "Riverside", "South", "West"], names));
        Assert.All(sections.Where(s => s.Section.Dimension == "team"), s => Assert.NotNull(s.Section.Funnel));
    }

    [Theory]
    [InlineData("REREFERRALS_12M", "team")]
    [InlineData("ASSESS_45D", "team")]
    [InlineData("CLA_COUNT", "age")]
    [InlineData("CLA_COUNT", "sex")]
    public async Task Demo_PartsAddUpToTheWholeAuthorityFigure(string indicatorId, string dimension)
    {
        var (_, report) = await SeedAsync();

        var entry = report.Indicators.Single(e => e.Analysis.Indicator.Id == indicatorId);
        var section = entry.Breakdowns.Single(s => s.Dimension == dimension);
        var whole = entry.Analysis.Current!;
        var shown = section.Categories.Where(row => row.Value is not null).ToList();
        if (whole.Numerator is { } numerator)
        {
            Assert.Equal((numerator, whole.Denominator), (shown.Sum(row => row.Numerator!.Value), shown.Sum(row => row.Denominator!.Value)));
        }
        else
        {
            Assert.Equal(whole.Value, shown.Sum(row => row.Value!.Value));
        }
    }

    [Fact]
    public async Task Demo_TeamRatesRestOnChildrenInCareThatAddUpToTheCount()
    {
        var (_, report) = await SeedAsync();

        var count = report.Indicators.Single(e => e.Analysis.Indicator.Id == "CLA_COUNT").Analysis.Current!.Value;
        var rate = report.Indicators.Single(e => e.Analysis.Indicator.Id == "CLA_RATE");
        var teams = rate.Breakdowns.Single().Categories;
        Assert.Equal(count, teams.Sum(row => row.Numerator!.Value));
        var pooled = 10_000m * teams.Sum(row => row.Numerator!.Value) / teams.Sum(row => row.Denominator!.Value);
        Assert.Equal(rate.Analysis.Current!.Value, Math.Round(pooled, 1, MidpointRounding.AwayFromZero));
    }
}

using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Pipeline.Tests.Reports;

/// <summary>A dimension nobody declared takes its categories from the store; a declared one keeps its list and order.</summary>
public sealed class UndeclaredBreakdownTests : PipelineFixture
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2019, 9);

    // Teams nobody declared, one (Team 10) with a figure in August only, one ("Old team") only in 2001, before the 13 years of history a report reads.
    private const string Upload = """
        indicator,period,breakdown,value,numerator,denominator
        CIN_SEEN_5D,2019-09,,80.0,400,500
        CIN_SEEN_5D,2019-09,team=Team 9,80.0,160,200
        CIN_SEEN_5D,2019-09,team=Team 2,80.0,240,300
        CIN_SEEN_5D,2019-08,team=Team 10,75.0,30,40
        CIN_SEEN_5D,2001-09,team=Old team,70.0,70,100
        CLA_COUNT,2019-09,,40,,
        CLA_COUNT,2019-09,team=West,40,,
        CLA_COUNT,2019-09,sex=Female,18,,
        CLA_COUNT,2019-09,sex=Male,22,,
        """;

    private async Task<Domain.Reports.ScrutinyReport> BuildAsync(params PanelBreakdown[] breakdowns)
    {
        await Store.Panels.SaveAsync(new Panel("cypf", "Children's panel") { Audience = Audience.Internal, Breakdowns = breakdowns });
        var outcome = await IngestCsvAsync(Upload);
        Assert.True(outcome.Accepted, string.Join("; ", outcome.Errors));
        return await Publisher.BuildAsync(September, "cypf");
    }

    [Fact]
    public async Task UndeclaredTeams_ListEveryTeamWithAFigureInTheWindow_InNaturalOrder_NoDataWhereThisMonthHasNone()
    {
        var report = await BuildAsync(new PanelBreakdown("CIN_SEEN_5D", ["team"]));

        var section = Assert.Single(report.Indicators.Single(e => e.Analysis.Indicator.Id == "CIN_SEEN_5D").Breakdowns);
        // Team 10 sent August only: shown with no figure for September. West is a team only for another indicator.
        Assert.Equal(["Team 2", "Team 9", "Team 10"], section.Categories.Select(c => c.Category));
        Assert.Equal([80.0m, 80.0m, null], section.Categories.Select(c => c.Value));
        Assert.Null(section.Categories[2].Status);
    }

    [Fact]
    public async Task DeclaredDimension_KeepsDeclaredOrder_AndLeavesOutAnOptionalCategoryWithoutAFigure()
    {
        var report = await BuildAsync(new PanelBreakdown("CLA_COUNT", ["sex", "team"]));

        var sections = report.Indicators.Single(e => e.Analysis.Indicator.Id == "CLA_COUNT").Breakdowns;
        // Unknown is declared optional and has no figure in the window, so it is not listed as an empty row.
        Assert.Equal(["Male", "Female"], sections.Single(s => s.Dimension == "sex").Categories.Select(c => c.Category));
        Assert.Equal([22m, 18m], sections.Single(s => s.Dimension == "sex").Categories.Select(c => c.Value));
        Assert.Equal(["West"], sections.Single(s => s.Dimension == "team").Categories.Select(c => c.Category));
    }
}

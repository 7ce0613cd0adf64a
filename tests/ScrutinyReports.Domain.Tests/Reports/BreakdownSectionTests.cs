using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Disclosure;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Domain.Reports.Breakdowns;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Tests.Reports;

public class BreakdownSectionTests
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2019, 9);
    private static readonly ReportingPeriod August = ReportingPeriod.Month(2019, 8);
    private static readonly DateTimeOffset Now = new(2019, 10, 10, 9, 0, 0, TimeSpan.Zero);

    private static readonly IndicatorCatalogue Catalogue = new(
    [
        new Indicator("RE_REFERRALS", "Re-referral rate", "Referrals", Unit.Percent, Polarity.LowerIsBetter, Frequency.Monthly, 1, null, 0, ""),
        new Indicator("CLA_COUNT", "Children looked after", "CLA", Unit.Count, Polarity.Neutral, Frequency.Monthly, 0, null, 0, ""),
    ]);

    private static Panel PanelWith(Audience audience, params PanelBreakdown[] breakdowns) =>
        new("cypf", "Children's panel") { Audience = audience, Breakdowns = breakdowns.Length == 0 ? null : breakdowns };

    private static Observation Figure(string id, ReportingPeriod period, string breakdown, decimal value, decimal? numerator = null, decimal? denominator = null) =>
        new(id, period, breakdown, value, ObservationStatus.Validated, numerator, denominator);

    // Whole authority 20% (200 of 1,000). Hand-worked Spiegelhalter limits at n = 200: 20 ± 3.090 × √(0.2 × 0.8 / 200) = 11.26 to 28.74,
    // so North (31%) is above the upper 99.8% limit. At n = 400, 20 ± 1.960 × 2 = 16.08 to 23.92 and 20 ± 3.090 × 2 = 13.82 to 26.18,
    // so West (15%) is outside the 95% limits only.
    private static List<Observation> ReReferrals() =>
    [
        Figure("RE_REFERRALS", September, "", 20.0m, 200, 1000),
        Figure("RE_REFERRALS", September, "West", 15.0m, 60, 400),
        Figure("RE_REFERRALS", September, "North", 31.0m, 62, 200),
        Figure("RE_REFERRALS", September, "South", 19.0m, 38, 200),
        Figure("RE_REFERRALS", September, "East", 20.0m, 40, 200),
        Figure("RE_REFERRALS", August, "", 19.0m, 190, 1000),
        Figure("RE_REFERRALS", August, "North", 27.5m, 55, 200),
        Figure("RE_REFERRALS", August, "West", 16.0m, 64, 400),
    ];

    private static BreakdownSection Section(ScrutinyReport report, string indicator, string dimension) =>
        report.Indicators.Single(e => e.Analysis.Indicator.Id == indicator).Breakdowns.Single(s => s.Dimension == dimension);

    [Fact]
    public void Build_UndeclaredDimension_ListsCategoriesByNameWithChangeOnThePreviousMonth()
    {
        var report = ReportBuilder.Build(PanelWith(Audience.Internal, new PanelBreakdown("RE_REFERRALS", ["team"])), September, Catalogue, ReReferrals(), Now);

        var section = Section(report, "RE_REFERRALS", "team");

        Assert.Equal((September, August), (section.Period, section.PreviousPeriod));
        Assert.Equal(["East", "North", "South", "West"], section.Categories.Select(row => row.Category));
        var north = section.Categories[1];
        Assert.Equal((31.0m, 62m, 200m, 3.5m), (north.Value!.Value, north.Numerator!.Value, north.Denominator!.Value, north.Change!.Value));
        Assert.Equal(-1.0m, section.Categories[3].Change);
        Assert.Null(section.Categories[0].Change);
    }

    [Fact]
    public void Build_Percentages_FlagsEachTeamAgainstTheWholeAuthorityFunnel()
    {
        var report = ReportBuilder.Build(PanelWith(Audience.Internal, new PanelBreakdown("RE_REFERRALS", ["team"])), September, Catalogue, ReReferrals(), Now);

        var section = Section(report, "RE_REFERRALS", "team");

        Assert.Equal(20.0, section.Funnel!.Target, 9);
        Assert.Equal(
            [FunnelPosition.Within, FunnelPosition.Above998, FunnelPosition.Within, FunnelPosition.Below95],
            section.Categories.Select(row => row.Flag!.Value));
        var north = section.Categories[1].Limits!;
        Assert.Equal(28.74, north.Upper998, 2);
        Assert.Equal(11.26, north.Lower998, 2);
        var west = section.Categories[3].Limits!;
        Assert.Equal((16.08, 23.92, 13.82), (Math.Round(west.Lower95, 2), Math.Round(west.Upper95, 2), Math.Round(west.Lower998, 2)));
    }

    [Fact]
    public void Build_Narrative_NamesOnlyTheTeamOutsideThe998Limits()
    {
        var report = ReportBuilder.Build(PanelWith(Audience.Internal, new PanelBreakdown("RE_REFERRALS", ["team"])), September, Catalogue, ReReferrals(), Now);

        var narrative = Section(report, "RE_REFERRALS", "team").Narrative;

        Assert.Equal("The North team's re-referral rate, 31.0%, is above the upper 99.8% limit: worse than chance variation would explain.", narrative);
    }

    [Fact]
    public void Build_NoTeamOutsideThe998Limits_SaysSoWithoutNamingAny()
    {
        var figures = ReReferrals().Where(o => o.Breakdown != "North").ToList();

        var report = ReportBuilder.Build(PanelWith(Audience.Internal, new PanelBreakdown("RE_REFERRALS", ["team"])), September, Catalogue, figures, Now);

        Assert.Equal("No team is outside the 99.8% limits: the differences are within what chance variation would explain.", Section(report, "RE_REFERRALS", "team").Narrative);
    }

    [Fact]
    public void Build_DeclaredDimension_ListsEveryRequiredCategoryInDeclaredOrder_AndAnOptionalOneOnlyWithAFigure()
    {
        var figures = new List<Observation>
        {
            Figure("CLA_COUNT", September, "", 60),
            Figure("CLA_COUNT", September, "sex=Female", 25),
        };
        var panel = PanelWith(Audience.Internal, new PanelBreakdown("CLA_COUNT", ["sex"]));

        var section = Section(ReportBuilder.Build(panel, September, Catalogue, figures, Now), "CLA_COUNT", "sex");
        var withUnknown = Section(ReportBuilder.Build(panel, September, Catalogue, [.. figures, Figure("CLA_COUNT", August, "sex=Unknown", 2)], Now), "CLA_COUNT", "sex");

        // Male is required, so it is listed without a figure; Unknown is optional and, with none in either month, left out.
        Assert.Equal(["Male", "Female"], section.Categories.Select(row => row.Category));
        Assert.Null(section.Categories[0].Status);
        Assert.Equal(25m, section.Categories[1].Value);
        Assert.Null(section.Funnel);
        Assert.Equal(string.Empty, section.Narrative);
        Assert.Equal(["Male", "Female", "Unknown"], withUnknown.Categories.Select(row => row.Category));
        Assert.Null(withUnknown.Categories[2].Status);
    }

    [Fact]
    public void Build_PublicCounts_SuppressesTheSmallTeamAndTheNextSmallestSoNeitherCanBeWorkedOut()
    {
        var figures = new List<Observation>
        {
            Figure("CLA_COUNT", September, "", 40),
            Figure("CLA_COUNT", September, "North", 3),
            Figure("CLA_COUNT", September, "East", 20),
            Figure("CLA_COUNT", September, "South", 17),
            Figure("CLA_COUNT", August, "", 41),
            Figure("CLA_COUNT", August, "East", 2),
        };

        var report = ReportBuilder.Build(PanelWith(Audience.Public, new PanelBreakdown("CLA_COUNT", ["team"])), September, Catalogue, figures, Now);

        var rows = Section(report, "CLA_COUNT", "team").Categories.ToDictionary(row => row.Category);
        Assert.Equal((ObservationStatus.Suppressed, CellProtection.Primary), (rows["North"].Status!.Value, rows["North"].Protection));
        Assert.Equal((ObservationStatus.Suppressed, CellProtection.Secondary), (rows["South"].Status!.Value, rows["South"].Protection));
        Assert.Null(rows["North"].Value);
        Assert.Null(rows["South"].Value);
        Assert.Equal(20m, rows["East"].Value);
        // August's East (2) is suppressed too, so no change is shown that would reveal it.
        Assert.Null(rows["East"].Change);
    }

    [Fact]
    public void Build_InternalCounts_ShowsEverySmallCell()
    {
        var figures = new List<Observation> { Figure("CLA_COUNT", September, "", 40), Figure("CLA_COUNT", September, "North", 3), Figure("CLA_COUNT", September, "East", 37) };

        var report = ReportBuilder.Build(PanelWith(Audience.Internal, new PanelBreakdown("CLA_COUNT", ["team"])), September, Catalogue, figures, Now);

        Assert.Equal([3m, 37m], Section(report, "CLA_COUNT", "team").Categories.Select(row => row.Value!.Value).Order());
    }

    [Fact]
    public void Build_PublicPercentages_LeavesASuppressedTeamOffTheFunnel()
    {
        var figures = ReReferrals().Append(Figure("RE_REFERRALS", September, "Central", 50.0m, 2, 4)).ToList();

        var report = ReportBuilder.Build(PanelWith(Audience.Public, new PanelBreakdown("RE_REFERRALS", ["team"])), September, Catalogue, figures, Now);

        var section = Section(report, "RE_REFERRALS", "team");
        var central = section.Categories.Single(row => row.Category == "Central");
        Assert.Equal((ObservationStatus.Suppressed, (FunnelPosition?)null, (decimal?)null), (central.Status!.Value, central.Flag, central.Numerator));
        Assert.DoesNotContain(section.Funnel!.Points, point => point.Name == "Central");
    }

    [Fact]
    public void Build_PublicPercentages_ProtectsATeamWithFewerThanFiveCasesFromSubtraction()
    {
        // North's 0 of 3 is disclosive though its count is zero; alone among suppressed cells it would be the whole
        // numerator less the others, so the smallest other (South, 50) is suppressed too.
        var figures = new List<Observation>
        {
            Figure("RE_REFERRALS", September, "", 54.2m, 110, 203),
            Figure("RE_REFERRALS", September, "North", 0.0m, 0, 3),
            Figure("RE_REFERRALS", September, "South", 50.0m, 50, 100),
            Figure("RE_REFERRALS", September, "East", 60.0m, 60, 100),
        };

        var report = ReportBuilder.Build(PanelWith(Audience.Public, new PanelBreakdown("RE_REFERRALS", ["team"])), September, Catalogue, figures, Now);

        var rows = Section(report, "RE_REFERRALS", "team").Categories.ToDictionary(row => row.Category);
        Assert.Equal((CellProtection.Primary, CellProtection.Secondary, CellProtection.Shown), (rows["North"].Protection, rows["South"].Protection, rows["East"].Protection));
        Assert.Null(rows["South"].Denominator);
    }

    [Fact]
    public void Fingerprint_WithoutBreakdownsConfigured_IgnoresBreakdownFiguresAndThePanelSerialisesAsBefore()
    {
        var panel = PanelWith(Audience.Internal);
        var wholeOnly = ReReferrals().Where(o => o.Breakdown.Length == 0).ToList();

        var with = ReportBuilder.Build(panel, September, Catalogue, ReReferrals(), Now);
        var without = ReportBuilder.Build(panel, September, Catalogue, wholeOnly, Now);

        Assert.Equal(without.InputFingerprint, with.InputFingerprint);
        Assert.DoesNotContain("Breakdowns", System.Text.Json.JsonSerializer.Serialize(panel), StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_WithBreakdowns_ChangesWhenATeamFigureChanges()
    {
        var panel = PanelWith(Audience.Internal, new PanelBreakdown("RE_REFERRALS", ["team"]));
        var revised = ReReferrals().Select(o => o.Breakdown == "South" ? Figure("RE_REFERRALS", September, "South", 19.5m, 39, 200) : o).ToList();

        var before = ReportBuilder.Build(panel, September, Catalogue, ReReferrals(), Now);
        var after = ReportBuilder.Build(panel, September, Catalogue, revised, Now);

        Assert.NotEqual(before.InputFingerprint, after.InputFingerprint);
    }
}

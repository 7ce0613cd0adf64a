using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Demo;

namespace ScrutinyReports.Pipeline.Tests.Catalogue;

public class BuiltInCatalogueTests
{
    [Fact]
    public void Indicators_IncludeTheRequiredRealMeasures()
    {
        string[] required = ["REREFERRALS_12M", "CLA_RATE", "CP_SECOND_PLAN", "SW_TURNOVER", "CIN_RATE", "CP_RATE", "ASSESS_45D", "ICPC_15D",
            "RHI_72H", "A1_DAYS", "A2_DAYS", "CL_EET", "CL_SUITABLE_ACCOM", "PLACEMENT_STABILITY_LT"];
        var catalogue = BuiltInCatalogue.Indicators;

        Assert.True(catalogue.Count >= 40, $"{catalogue.Count} indicators");
        Assert.All(required, id => Assert.True(catalogue.TryGet(id, out _), id));
    }

    [Theory]
    [InlineData("A1_DAYS", Unit.Days, Polarity.LowerIsBetter, "<=426")]
    [InlineData("A2_DAYS", Unit.Days, Polarity.LowerIsBetter, "<=121")]
    [InlineData("RHI_72H", Unit.Percent, Polarity.HigherIsBetter, ">=95")]
    [InlineData("CLA_RATE", Unit.RatePer10000, Polarity.Neutral, null)]
    [InlineData("CLA_COUNT", Unit.Count, Polarity.Neutral, "550-600")]
    public void Indicators_CarryStatutoryTargetsAndPolarity(string id, Unit unit, Polarity polarity, string? target)
    {
        Assert.True(BuiltInCatalogue.Indicators.TryGet(id, out var indicator));
        Assert.Equal((unit, polarity, target), (indicator.Unit, indicator.Polarity, indicator.Target?.Text));
    }

    [Fact]
    public void Indicators_RatesAndTheirCountsAreWordedAlike()
    {
        Assert.Empty(RateCountConsistency.Check(BuiltInCatalogue.Indicators, DerivedIndicators.Pairs));
        Assert.All(["CLA", "CIN", "CP"], stem => Assert.Equal(Polarity.Neutral, BuiltInCatalogue.Indicators.Indicators.Single(i => i.Id == stem + "_RATE").Polarity));
    }

    [Theory]
    [InlineData("A1_DAYS", MeasureWindow.ThreeYearAverage)]
    [InlineData("A10_DAYS", MeasureWindow.ThreeYearAverage)]
    [InlineData("REFERRALS_RATE", MeasureWindow.Rolling12Months)]
    [InlineData("SW_TURNOVER", MeasureWindow.Rolling12Months)]
    [InlineData("CLA_COUNT", MeasureWindow.Period)]
    public void Indicators_CarryTheWindowTheirFiguresCover(string id, MeasureWindow window)
    {
        Assert.True(BuiltInCatalogue.Indicators.TryGet(id, out var indicator));
        Assert.Equal(window, indicator.Window);
    }

    [Fact]
    public void Indicators_NeutralOnesHaveNoOneSidedTarget()
    {
        Assert.All(BuiltInCatalogue.Indicators.Indicators.Where(i => i.Polarity == Polarity.Neutral && i.Target is not null),
            indicator => Assert.True(indicator.Target!.IsRange, indicator.Id));
    }

    [Fact]
    public void DemoData_CoversEveryIndicatorForTwentyFiveMonths()
    {
        using var csv = DemoDataGenerator.WriteCsv(BuiltInCatalogue.Indicators);
        var diagnostics = new Ingestion.Uploads.UploadDiagnostics();

        var figures = new Ingestion.Uploads.UploadReader(BuiltInCatalogue.Indicators).Read(csv, "demo.csv", diagnostics).ToList();

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(BuiltInCatalogue.Indicators.Count, figures.Select(f => f.IndicatorId).Distinct().Count());
        var monthly = figures.Where(f => f.IndicatorId == "CIN_SEEN_5D").Select(f => f.Period.Code).ToList();
        Assert.Equal(25, monthly.Count);
        Assert.Equal(("2017-09", "2019-09"), (monthly[0], monthly[^1]));
    }
}

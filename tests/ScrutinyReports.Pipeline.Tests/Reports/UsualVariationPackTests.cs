using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Pipeline.Tests.Reports;

/// <summary>The performance on a page words a month-on-month movement as the indicator's sentence does.</summary>
public sealed class UsualVariationPackTests
{
    private static readonly ReportingPeriod September2019 = ReportingPeriod.Month(2019, 9);

    // Both indicators: 78.0% and 79.0% alternating from September 2018 to September 2019, red against a floor of 80%. Twelve moving
    // ranges of 1.0 point: the moving-range limit is 3.267 points, so the fall of 1.0 into September is usual variation on the
    // monthly chart. The rolling 12-month indicator has no chart, so its movement is worded as before.
    [Fact]
    public void OffTargetMovement_SaysWhenTheChangeIsWithinUsualVariation()
    {
        var monthly = Indicator("MONTHLY", "Visits in timescale");
        var rolling = Indicator("ROLLING", "Reviews in timescale") with { Window = MeasureWindow.Rolling12Months };
        var figures = new[] { monthly, rolling }.SelectMany(indicator => Enumerable.Range(0, 13)
            .Select(i => new Observation(indicator.Id, September2019.Plus(i - 12), Observation.WholeAuthority, i % 2 == 0 ? 78.0m : 79.0m, ObservationStatus.Validated)));
        var report = ReportBuilder.Build(new Panel("cypf", "Children's panel"), September2019, new IndicatorCatalogue([monthly, rolling]), figures,
            new DateTimeOffset(2019, 10, 10, 9, 0, 0, TimeSpan.Zero));

        var offTarget = new PanelPackView(report).OffTarget;

        Assert.Equal("Worsened from 79.0% in August 2019, down 1.0 percentage point, within its usual month-to-month variation",
            Assert.Single(offTarget, row => row.Name == "Visits in timescale").Movement);
        Assert.Equal("Worsened from 79.0% in 12 months to August 2019, down 1.0 percentage point",
            Assert.Single(offTarget, row => row.Name == "Reviews in timescale").Movement);
    }

    private static Indicator Indicator(string id, string name) =>
        new(id, name, "Children in need", Unit.Percent, Polarity.HigherIsBetter, Frequency.Monthly, 1,
            TargetPattern.Parse(">=80", Polarity.HigherIsBetter).Value, 0m, "A test indicator.");
}

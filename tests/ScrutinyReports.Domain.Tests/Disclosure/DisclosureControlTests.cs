using ScrutinyReports.Domain.Disclosure;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Reports;

namespace ScrutinyReports.Domain.Tests.Disclosure;

public class DisclosureControlTests
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2019, 9);

    private static readonly IndicatorCatalogue Catalogue = new(
    [
        new Indicator("CLA_COUNT", "Children looked after", "CLA", Unit.Count, Polarity.Neutral, Frequency.Monthly, 0, null, 0, ""),
        new Indicator("CLA_RATE", "Children looked after per 10,000", "CLA", Unit.RatePer10000, Polarity.LowerIsBetter, Frequency.Monthly, 1, null, 0, ""),
        new Indicator("UASC", "Unaccompanied asylum-seeking children", "CLA", Unit.Count, Polarity.Neutral, Frequency.Monthly, 0, null, 0, ""),
        new Indicator("RHI_72H", "Return home interviews within 72 hours", "Missing", Unit.Percent, Polarity.HigherIsBetter, Frequency.Monthly, 1, new Target(95, null), 5, ""),
        new Indicator("A1_DAYS", "Adoption A1", "Adoption", Unit.Days, Polarity.LowerIsBetter, Frequency.Monthly, 0, null, 0, ""),
    ]);

    private static readonly DisclosureOptions Options = new() { Threshold = 5, DerivedPairs = [("CLA_RATE", "CLA_COUNT")] };

    [Theory]
    [InlineData("UASC", 4, null, null, true)]
    [InlineData("UASC", 1, null, null, true)]
    [InlineData("UASC", 5, null, null, false)]
    [InlineData("UASC", 0, null, null, false)]
    [InlineData("RHI_72H", 75.0, 3, 4, true)]
    [InlineData("RHI_72H", 60.0, 6, 10, false)]
    [InlineData("RHI_72H", 0.0, 0, 4, true)]
    [InlineData("RHI_72H", 10.0, 5, 50, false)]
    [InlineData("A1_DAYS", 457, null, null, false)]
    [InlineData("A1_DAYS", 457, 1371, 3, false)]
    public void IsDisclosive_FollowsTheCountItRestsOn(string id, double value, int? numerator, int? denominator, bool expected)
    {
        Catalogue.TryGet(id, out var indicator);
        var figure = new Observation(id, September, "", (decimal)value, ObservationStatus.Validated, numerator, denominator);

        Assert.Equal(expected, DisclosureControl.IsDisclosive(figure, indicator, 5));
    }

    [Fact]
    public void Apply_SmallCount_SuppressesItAndTheRateDerivedFromIt()
    {
        var figures = new[]
        {
            Figure("CLA_COUNT", 3), Figure("CLA_RATE", 0.5m), Figure("UASC", 12),
            Figure("CLA_COUNT", 7, ReportingPeriod.Month(2019, 8)), Figure("CLA_RATE", 1.2m, ReportingPeriod.Month(2019, 8)),
        };

        var safe = DisclosureControl.Apply(figures, Catalogue, Options);

        Assert.Equal(
            ["CLA_COUNT 2019-09 Suppressed", "CLA_RATE 2019-09 Suppressed", "UASC 2019-09 12", "CLA_COUNT 2019-08 7", "CLA_RATE 2019-08 1.2"],
            safe.Select(f => $"{f.IndicatorId} {f.Period} {(f.HasValue ? f.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : f.Status.ToString())}"));
        Assert.All(safe.Where(f => f.Status == ObservationStatus.Suppressed), f => Assert.Equal((null, null), (f.Numerator, f.Denominator)));
    }

    [Fact]
    public void Apply_SuppressedRate_AlsoSuppressesItsCount()
    {
        var rate = new Observation("CLA_RATE", September, "", 0.5m, ObservationStatus.Validated, numerator: 3, denominator: 58_678);

        var safe = DisclosureControl.Apply([rate, Figure("CLA_COUNT", 3)], Catalogue, Options);

        Assert.All(safe, f => Assert.Equal(ObservationStatus.Suppressed, f.Status));
    }

    [Fact]
    public void Build_PublicReport_NeverShowsTheSmallNumberAnywhere_InternalReportShowsIt()
    {
        var figures = new[] { Figure("UASC", 9, ReportingPeriod.Month(2019, 8)), Figure("UASC", 3) };
        var publicPanel = Panel.Default;
        var internalPanel = Panel.Default with { Audience = Audience.Internal };

        var shown = ReportBuilder.Build(publicPanel, September, Catalogue, figures, DateTimeOffset.UnixEpoch, disclosure: Options);
        var full = ReportBuilder.Build(internalPanel, September, Catalogue, figures, DateTimeOffset.UnixEpoch, disclosure: Options);

        var uasc = shown.Indicators.Single(e => e.Analysis.Indicator.Id == "UASC");
        Assert.Equal(ObservationStatus.Suppressed, uasc.Analysis.Current!.Status);
        Assert.Null(uasc.Analysis.Previous.Change);
        Assert.DoesNotContain("3", uasc.Narrative, StringComparison.Ordinal);
        Assert.Contains("suppressed because it rests on small numbers", uasc.Narrative, StringComparison.Ordinal);
        Assert.Equal(3m, full.Indicators.Single(e => e.Analysis.Indicator.Id == "UASC").Analysis.Value);
        Assert.NotEqual(shown.InputFingerprint, full.InputFingerprint);
    }

    private static Observation Figure(string id, decimal value, ReportingPeriod? period = null) =>
        new(id, period ?? September, "", value, ObservationStatus.Validated);
}

using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Quality;
using static ScrutinyReports.Domain.Tests.Quality.QualityFigures;

namespace ScrutinyReports.Domain.Tests.Quality;

public class RateConsistencyCheckTests
{
    // Stated rate, count, population, unit, rate decimals, warns. The implied rate is count x per / population;
    // the tolerance is half a unit of the rate's last decimal place (0.05 at 1 place, 0.5 at none).
    public static TheoryData<decimal, decimal, decimal, Unit, int, bool> Cases => new()
    {
        { 110.0m, 588m, 58_678m, Unit.RatePer10000, 1, true },    // 5,880,000 / 58,678 = 100.208; 110.0 is 9.79 away
        { 100.2m, 588m, 58_678m, Unit.RatePer10000, 1, false },   // 100.208 - 100.2 = 0.008 <= 0.05
        { 489.0m, 2_017m, 58_167m, Unit.RatePer10000, 1, true },  // seed 000: 346.76; 489 implies ~41,000 children
        { 12.55m, 50m, 40_000m, Unit.RatePer10000, 1, false },    // 500,000 / 40,000 = 12.5 exactly; 0.05 away: at the tolerance
        { 12.45m, 50m, 40_000m, Unit.RatePer10000, 1, false },    // 0.05 below: at the tolerance
        { 12.56m, 50m, 40_000m, Unit.RatePer10000, 1, true },     // 0.06 away: beyond it
        { 12.44m, 50m, 40_000m, Unit.RatePer10000, 1, true },     // 0.06 below: beyond it
        { 13m, 50m, 40_000m, Unit.RatePer10000, 0, false },       // 12.5 rounded half away from zero: 0.5 away, at the tolerance
        { 12m, 50m, 40_000m, Unit.RatePer10000, 0, false },       // 12.5 rounded half to even or truncated: also 0.5
        { 14m, 50m, 40_000m, Unit.RatePer10000, 0, true },        // 1.5 away
        { 2.5m, 30m, 12_000m, Unit.RatePer1000, 1, false },       // 30,000 / 12,000 = 2.5
        { 25.0m, 30m, 12_000m, Unit.RatePer1000, 1, true },       // worked out per 10,000 by mistake
        { 12.1m, 7m, 58_000m, Unit.RatePer100000, 1, false },     // 700,000 / 58,000 = 12.069; 0.031 away
        { 1.2m, 7m, 58_000m, Unit.RatePer100000, 1, true },       // per 10,000 by mistake
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_WarnsOnlyBeyondRounding(decimal stated, decimal count, decimal population, Unit unit, int decimals, bool warns)
    {
        var warning = RateConsistencyCheck.Check(Indicator("CLA_RATE", unit, decimals),
            Figure("CLA_RATE", September2019, stated), Figure("CLA_COUNT", September2019, count), population);

        Assert.Equal(warns, warning is not null);
        if (warning is not null)
        {
            Assert.Equal(DataQualityWarningKind.RateDisagreesWithCount, warning.Kind);
            Assert.Equal("CLA_RATE", warning.IndicatorId);
            Assert.Equal(September2019, warning.Period);
            Assert.True(warning.IsWholeAuthority);
        }
    }

    // The messages state the rate as shown, the count, the population and the implied rate at the rate's decimals.
    public static TheoryData<string, decimal, decimal, decimal, string, string> Messages => new()
    {
        { "CLA", 110.0m, 588m, 58_678m, "", "Children looked after per 10,000 children for September 2019 is 110.0 per 10,000 children, but the count of 588 over a 0-17 population of 58,678 gives 100.2; expected them to agree to rounding (within 0.05)." },
        { "CIN", 489.0m, 2_017m, 58_167m, "", "Children in need per 10,000 children for September 2019 is 489.0 per 10,000 children, but the count of 2,017 over a 0-17 population of 58,167 gives 346.8; expected them to agree to rounding (within 0.05)." },
        // 100 x 10,000 / 10,000 = 100.0 is written with its decimal place.
        { "CLA", 90.0m, 100m, 10_000m, "North", "Children looked after per 10,000 children (North) for September 2019 is 90.0 per 10,000 children, but the count of 100 over a 0-17 population of 10,000 gives 100.0; expected them to agree to rounding (within 0.05)." },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Check_Message_NamesEveryFigure(string stem, decimal stated, decimal count, decimal population, string breakdown, string expected)
    {
        var warning = RateConsistencyCheck.Check(Indicator(stem + "_RATE", Unit.RatePer10000, 1),
            Figure(stem + "_RATE", September2019, stated, breakdown: breakdown),
            Figure(stem + "_COUNT", September2019, count, breakdown: breakdown), population);

        Assert.Equal(expected, warning?.Message);
        Assert.Equal(breakdown, warning?.Breakdown);
    }

    // A set tolerance replaces rounding: 588 / 58,678 x 10,000 = 100.208.
    [Theory]
    [InlineData("100.0", "0.2", true)]   // 0.208 > 0.2
    [InlineData("100.1", "0.2", false)]  // 0.108
    [InlineData("100.3", "0.1", false)]  // 0.092
    [InlineData("100.2", "0", true)]     // 0.008 > 0: no rounding allowed
    public void Check_SetTolerance_Replaces(string stated, string tolerance, bool warns)
    {
        var options = new DataQualityOptions { RateTolerance = Build.D(tolerance) };

        var warning = RateConsistencyCheck.Check(Indicator("CLA_RATE", Unit.RatePer10000, 1),
            Figure("CLA_RATE", September2019, Build.D(stated)), Figure("CLA_COUNT", September2019, 588m), 58_678m, options);

        Assert.Equal(warns, warning is not null);
    }

    // Nothing to compare when either figure is a state rather than a number; a provisional figure is still a number.
    [Theory]
    [InlineData(ObservationStatus.Validated, ObservationStatus.Suppressed, false)]
    [InlineData(ObservationStatus.Validated, ObservationStatus.NotAvailable, false)]
    [InlineData(ObservationStatus.NotAvailable, ObservationStatus.Validated, false)]
    [InlineData(ObservationStatus.Suppressed, ObservationStatus.Validated, false)]
    [InlineData(ObservationStatus.Provisional, ObservationStatus.Provisional, true)]
    public void Check_WithoutBothValues_IsSkipped(ObservationStatus rateStatus, ObservationStatus countStatus, bool warns)
    {
        static decimal? ValueFor(ObservationStatus status, decimal value) =>
            status is ObservationStatus.Validated or ObservationStatus.Provisional ? value : null;

        var warning = RateConsistencyCheck.Check(Indicator("CLA_RATE", Unit.RatePer10000, 1),
            Figure("CLA_RATE", September2019, ValueFor(rateStatus, 110.0m), rateStatus),
            Figure("CLA_COUNT", September2019, ValueFor(countStatus, 588m), countStatus), 58_678m);

        Assert.Equal(warns, warning is not null);
    }

    [Fact]
    public void Check_NotARate_Throws() =>
        Assert.Throws<ArgumentException>("rate", () => RateConsistencyCheck.Check(Indicator("CLA_RATE", Unit.Percent, 1),
            Figure("CLA_RATE", September2019, 1m), Figure("CLA_COUNT", September2019, 1m), 100m));

    [Fact]
    public void Check_CountForAnotherPeriodOrBreakdown_Throws()
    {
        var rate = Indicator("CLA_RATE", Unit.RatePer10000, 1);
        var figure = Figure("CLA_RATE", September2019, 100.2m);

        Assert.Throws<ArgumentException>("countFigure", () => RateConsistencyCheck.Check(rate, figure, Figure("CLA_COUNT", September2019.Previous, 588m), 58_678m));
        Assert.Throws<ArgumentException>("countFigure", () => RateConsistencyCheck.Check(rate, figure, Figure("CLA_COUNT", September2019, 588m, breakdown: "North"), 58_678m));
        Assert.Throws<ArgumentException>("rateFigure", () => RateConsistencyCheck.Check(rate, Figure("CIN_RATE", September2019, 1m), figure, 58_678m));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Check_PopulationNotPositive_Throws(int population) =>
        Assert.Throws<ArgumentOutOfRangeException>(nameof(population), () => RateConsistencyCheck.Check(Indicator("CLA_RATE", Unit.RatePer10000, 1),
            Figure("CLA_RATE", September2019, 1m), Figure("CLA_COUNT", September2019, 1m), population));
}

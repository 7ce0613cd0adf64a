using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Quality;
using static ScrutinyReports.Domain.Tests.Quality.QualityFigures;

namespace ScrutinyReports.Domain.Tests.Quality;

public class PartsCheckTests
{
    private static readonly Indicator Complaints = Indicator("COMPLAINTS", Unit.Count);

    private static readonly string[] Localities = ["North", "South", "East", "West"];

    // Total, the parts (named North, South, East, West in turn; null = suppressed), and the message or null.
    public static TheoryData<decimal, decimal?[], string?> Cases => new()
    {
        // 30 + 35 + 25 + 30 = 120 against 128: the complaints example.
        { 128m, [30m, 35m, 25m, 30m], "Complaints received for September 2019: the 4 team figures (North 30, South 35, East 25, West 30) add up to 120 but the whole-authority total is 128, a difference of 8." },
        // 30 + 35 + 25 + 38 = 128.
        { 128m, [30m, 35m, 25m, 38m], null },
        // Parts beyond the total: 60 + 50 = 110 against 100.
        { 100m, [60m, 50m], "Complaints received for September 2019: the 2 team figures (North 60, South 50) add up to 110 but the whole-authority total is 100, a difference of 10." },
        // Thousands are grouped: 600 + 600 = 1,200 against 1,234.
        { 1_234m, [600m, 600m], "Complaints received for September 2019: the 2 team figures (North 600, South 600) add up to 1,200 but the whole-authority total is 1,234, a difference of 34." },
        { 1_234m, [600m, 634m], null },
        // One part standing for the whole.
        { 128m, [128m], null },
        { 128m, [30m], "Complaints received for September 2019: the only team figure (North 30) comes to 30 but the whole-authority total is 128, a difference of 98." },
        // A suppressed part hides its figure: 30 + ? + 25 + 30 may be 128, so nothing can be said, and a blank is not zero.
        { 128m, [30m, null, 25m, 30m], null },
        { 128m, [null, null, null, null], null },
        // Zero is a figure: 0 + 0 = 0.
        { 0m, [0m, 0m], null },
        { 5m, [0m, 0m], "Complaints received for September 2019: the 2 team figures (North 0, South 0) add up to 0 but the whole-authority total is 5, a difference of 5." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_PartsAgainstTotal(decimal total, decimal?[] parts, string? expected)
    {
        var warning = PartsCheck.Check(Complaints, Figure("COMPLAINTS", September2019, total), Parts(parts));

        Assert.Equal(expected, warning?.Message);
        if (warning is not null)
        {
            Assert.Equal(DataQualityWarningKind.PartsDoNotAddUp, warning.Kind);
            Assert.Equal("COMPLAINTS", warning.IndicatorId);
            Assert.Equal(September2019, warning.Period);
            Assert.Equal(string.Empty, warning.Breakdown);
        }
    }

    // Not available is a state like suppressed; a provisional part is still a number.
    [Theory]
    [InlineData(ObservationStatus.NotAvailable, false)]
    [InlineData(ObservationStatus.Suppressed, false)]
    [InlineData(ObservationStatus.Provisional, true)]
    public void Check_PartWithoutValue_IsSkipped(ObservationStatus status, bool warns)
    {
        var odd = Figure("COMPLAINTS", September2019, status == ObservationStatus.Provisional ? 1m : null, status, "West");

        // 30 + 35 + 25 = 90, and West's figure (if any) is 1: 91 against 128 would warn.
        var warning = PartsCheck.Check(Complaints, Figure("COMPLAINTS", September2019, 128m), [.. Parts([30m, 35m, 25m]), odd]);

        Assert.Equal(warns, warning is not null);
    }

    [Theory]
    [InlineData(ObservationStatus.Suppressed)]
    [InlineData(ObservationStatus.NotAvailable)]
    public void Check_TotalWithoutValue_IsSkipped(ObservationStatus status) =>
        Assert.Null(PartsCheck.Check(Complaints, Figure("COMPLAINTS", September2019, null, status), Parts([30m, 35m])));

    [Fact]
    public void Check_NoParts_IsSkipped() =>
        Assert.Null(PartsCheck.Check(Complaints, Figure("COMPLAINTS", September2019, 128m), []));

    // Percentages and rates of parts do not add up to the whole: 50% of North and 40% of South is not 90% of anything.
    [Theory]
    [InlineData(Unit.Percent)]
    [InlineData(Unit.RatePer10000)]
    [InlineData(Unit.Days)]
    public void Check_NotACount_Throws(Unit unit) =>
        Assert.Throws<ArgumentException>("indicator", () => PartsCheck.Check(Indicator("COMPLAINTS", unit),
            Figure("COMPLAINTS", September2019, 90m), Parts([50m, 40m])));

    [Fact]
    public void Check_PartsThatAreNotBreakdownsOfTheTotal_Throw()
    {
        var total = Figure("COMPLAINTS", September2019, 128m);

        Assert.Throws<ArgumentException>("parts", () => PartsCheck.Check(Complaints, total, [Figure("COMPLAINTS", September2019, 128m)]));
        Assert.Throws<ArgumentException>("parts", () => PartsCheck.Check(Complaints, total, [.. Parts([30m]), .. Parts([30m])]));
        Assert.Throws<ArgumentException>("parts", () => PartsCheck.Check(Complaints, total, [Figure("COMPLAINTS", September2019.Previous, 30m, "North")]));
        Assert.Throws<ArgumentException>("parts", () => PartsCheck.Check(Complaints, total, [Figure("OTHER", September2019, 30m, "North")]));
        Assert.Throws<ArgumentException>("total", () => PartsCheck.Check(Complaints, Figure("COMPLAINTS", September2019, 128m, "North"), Parts([30m])));
    }

    private static List<Observation> Parts(decimal?[] values) =>
        values.Select((value, i) => Figure("COMPLAINTS", September2019, value, Localities[i])).ToList();
}

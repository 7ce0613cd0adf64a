using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Tests.Statistics;

public class TrendTests
{
    // Series are monthly and end in the last month given; a null is a month with no figure.
    // Rising 60..70 in steps of 2: slope 2 a month, fitted change 2 × 5 = 10, level 65, 10 / 65 = 15% -> rising.
    // Flat-ish 70, 71, 70, 72, 71, 72: x̄ = 2.5, ȳ = 71, Sxy = 6, Sxx = 17.5, slope 0.342857, fitted 1.714286,
    //   1.714286 / 71 = 2.4% < 5% -> no clear trend.
    // Falling 12 months 120 down to 98 in steps of 2: slope −2, fitted −22, level 109, 20% -> falling.
    // Gaps: 50, 52, -, -, -, 60: x = 0, 1, 5; x̄ = 2, ȳ = 54, Sxy = (−2)(−4) + (−1)(−2) + (3)(6) = 28,
    //   Sxx = 4 + 1 + 9 = 14, slope 2, fitted 10 -> rising (3 figures, half the window).
    // Too sparse: 50, -, -, -, -, 60 has 2 figures -> not enough data.
    public static TheoryData<double?[], int, TrendDirection, double, double> Cases => new()
    {
        { [60, 62, 64, 66, 68, 70], 6, TrendDirection.Rising, 2.0, 10.0 },
        { [70, 71, 70, 72, 71, 72], 6, TrendDirection.NoClearTrend, 0.342857, 1.714286 },
        { [120, 118, 116, 114, 112, 110, 108, 106, 104, 102, 100, 98], 12, TrendDirection.Falling, -2.0, -22.0 },
        { [50, 52, null, null, null, 60], 6, TrendDirection.Rising, 2.0, 10.0 },
        { [50, null, null, null, null, 60], 6, TrendDirection.NotEnoughData, 0.0, 0.0 },
        { [0, 0, 0, 0, 0, 0], 6, TrendDirection.NoClearTrend, 0.0, 0.0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Over_ReadsTheFittedLine(double?[] values, int periods, TrendDirection direction, double slope, double fitted)
    {
        var trend = Trend.Over(Monthly(2019, 1, values), periods);

        Assert.Equal(direction, trend.Direction);
        Assert.Equal(slope, trend.Slope, 1e-6);
        Assert.Equal(fitted, trend.FittedChange, 1e-6);
    }

    [Fact]
    public void Over_UsesOnlyTheLastPeriods()
    {
        // 24 months: rising 10 a month for a year, then flat at 230. The last 12 months show no trend; 24 show a rise.
        var values = Enumerable.Range(0, 12).Select(i => (double?)(120 + (10 * i))).Concat(Enumerable.Repeat((double?)230, 12)).ToArray();
        var series = Monthly(2018, 10, values);

        var year = Trend.Over(series, 12);
        var twoYears = Trend.Over(series, 24);

        Assert.Equal(TrendDirection.NoClearTrend, year.Direction);
        Assert.Equal(ReportingPeriod.Month(2019, 10), year.From);
        Assert.Equal(ReportingPeriod.Month(2020, 9), year.To);
        Assert.Equal(12, year.ValuesUsed);
        Assert.Equal(TrendDirection.Rising, twoYears.Direction);
    }

    [Fact]
    public void Over_DuplicatePeriod_Throws() =>
        Assert.Throws<ArgumentException>(() => Trend.Over(
            [new PeriodValue(ReportingPeriod.Month(2019, 1), 1), new PeriodValue(ReportingPeriod.Month(2019, 1), 2), new PeriodValue(ReportingPeriod.Month(2019, 2), 3)], 6));

    internal static List<PeriodValue> Monthly(int year, int month, double?[] values)
    {
        var start = ReportingPeriod.Month(year, month);
        return values
            .Select((value, i) => (value, period: start.Plus(i)))
            .Where(p => p.value.HasValue)
            .Select(p => new PeriodValue(p.period, p.value!.Value))
            .ToList();
    }
}

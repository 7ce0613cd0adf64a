using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Tests.Statistics;

public class SeriesExtremeTests
{
    // Monthly series from January 2019; the last figure is the current one.
    // 50, 48, 52, 47, 45, 46, 49 (Jul): back from Jul, 46, 45, 47 are all below 49, then March's 52 is above.
    //   -> highest since March 2019 (LastBeyond 2019-03 = 52), the highest of the 3 figures from April (Since 2019-04).
    // 50, 48, 52, 47, 45, 46, 53: nothing earlier is as high -> highest of the whole series, since January.
    // 50, 48, 52, 49, 45, 46, 49: April's 49 equals July's -> joint highest since March, tied with April.
    public static TheoryData<double?[], string, int, string?, string[]> HighestCases => new()
    {
        { [50, 48, 52, 47, 45, 46, 49], "2019-04", 3, "2019-03", [] },
        { [50, 48, 52, 47, 45, 46, 53], "2019-01", 6, null, [] },
        { [50, 48, 52, 49, 45, 46, 49], "2019-04", 3, "2019-03", ["2019-04"] },
        { [50, null, 52, null, 45, null, 53], "2019-01", 3, null, [] },
    };

    [Theory]
    [MemberData(nameof(HighestCases))]
    public void Highest_WhenTrue_SaysSinceWhen(double?[] values, string since, int earlier, string? lastBeyond, string[] tied)
    {
        var extreme = SeriesExtreme.Highest(TrendTests.Monthly(2019, 1, values));

        Assert.NotNull(extreme);
        Assert.Equal(ExtremeKind.Highest, extreme.Kind);
        Assert.Equal(since, extreme.Since.Code);
        Assert.Equal(earlier, extreme.EarlierValues);
        Assert.Equal(lastBeyond, extreme.LastBeyond?.Period.Code);
        Assert.Equal(lastBeyond is null, extreme.WholeSeries);
        Assert.Equal(tied, extreme.TiedWith.Select(p => p.Code).ToArray());
        Assert.Equal(tied.Length > 0, extreme.Joint);
    }

    // No statement when it is not true or not worth making.
    [Theory]
    [InlineData(new double[] { 50, 48, 52, 47, 45, 49, 46 })] // below the figure before it
    [InlineData(new double[] { 52, 53 })] // only one earlier figure: that is just "it rose"
    [InlineData(new double[] { 50, 49, 49, 49 })] // a flat run: equal to every figure in it, beyond none
    [InlineData(new double[] { 53 })] // nothing to compare with
    public void Highest_WhenNotTrueOrTrivial_IsNull(double[] values) =>
        Assert.Null(SeriesExtreme.Highest(TrendTests.Monthly(2019, 1, values.Select(v => (double?)v).ToArray())));

    [Fact]
    public void Lowest_MirrorsHighest()
    {
        // 30, 28, 25, 27, 26, 24: the lowest of the whole series; 22 earlier would make it "lowest since".
        var series = TrendTests.Monthly(2019, 1, [30, 28, 25, 27, 26, 24]);

        var lowest = SeriesExtreme.Lowest(series);

        Assert.NotNull(lowest);
        Assert.True(lowest.WholeSeries);
        Assert.Equal(ReportingPeriod.Month(2019, 1), lowest.Since);
        Assert.Equal(5, lowest.EarlierValues);
        Assert.Null(SeriesExtreme.Highest(series));

        var since = SeriesExtreme.Lowest(TrendTests.Monthly(2019, 1, [22, 28, 25, 27, 26, 24]));
        Assert.NotNull(since);
        Assert.Equal("2019-01", since.LastBeyond?.Period.Code);
        Assert.Equal(22, since.LastBeyond?.Value);
        Assert.Equal("2019-02", since.Since.Code);
    }
}

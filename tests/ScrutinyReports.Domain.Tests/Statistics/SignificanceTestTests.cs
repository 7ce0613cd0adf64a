using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Tests.Statistics;

public class SignificanceTestTests
{
    // Wolverhampton's re-referrals, 925 of 4,451 (20.78%, Wilson 19.615 to 21.999), against England 22.6 (above the
    // interval: significantly lower), the West Midlands 19.5 (below it: significantly higher) and a comparator inside.
    // A comparator exactly on a limit is inside the interval.
    [Theory]
    [InlineData(22.6, Significance.SignificantlyLower)]
    [InlineData(19.5, Significance.SignificantlyHigher)]
    [InlineData(21.0, Significance.NotSignificantlyDifferent)]
    public void AgainstComparator_ReadsWhereTheComparatorFalls(double comparator, Significance expected) =>
        Assert.Equal(expected, SignificanceTest.AgainstComparator(ProportionInterval.Wilson(925, 4451), comparator));

    [Theory]
    [InlineData(10.0, Significance.NotSignificantlyDifferent)]
    [InlineData(20.0, Significance.NotSignificantlyDifferent)]
    [InlineData(9.999, Significance.SignificantlyHigher)]
    [InlineData(20.001, Significance.SignificantlyLower)]
    public void AgainstComparator_LimitsAreInside(double comparator, Significance expected) =>
        Assert.Equal(expected, SignificanceTest.AgainstComparator(new ConfidenceInterval(10, 20, IntervalMethod.Wilson), comparator));

    // Earlier interval 10 to 20; the later one moves. Overlapping or touching intervals are not significant.
    [Theory]
    [InlineData(21.0, 30.0, Significance.SignificantlyHigher)]
    [InlineData(20.0, 30.0, Significance.NotSignificantlyDifferent)]
    [InlineData(15.0, 25.0, Significance.NotSignificantlyDifferent)]
    [InlineData(12.0, 18.0, Significance.NotSignificantlyDifferent)]
    [InlineData(1.0, 10.0, Significance.NotSignificantlyDifferent)]
    [InlineData(1.0, 9.5, Significance.SignificantlyLower)]
    public void Change_IsSignificantOnlyWhenIntervalsDoNotOverlap(double lower, double upper, Significance expected)
    {
        var earlier = new ConfidenceInterval(10, 20, IntervalMethod.Wilson);
        var later = new ConfidenceInterval(lower, upper, IntervalMethod.Wilson);

        Assert.Equal(expected, SignificanceTest.Change(earlier, later));
    }

    [Fact]
    public void Change_CanMissARealDifference()
    {
        // 310/400 (77.5%) then 340/400 (85.0%): the 95% intervals 73.2-81.3 and 81.2-88.2 just overlap, so the
        // conservative test says "not significantly different" although a two-proportion z-test gives p ≈ 0.007.
        var earlier = ProportionInterval.Wilson(310, 400);
        var later = ProportionInterval.Wilson(340, 400);

        Assert.True(earlier.Overlaps(later));
        Assert.Equal(Significance.NotSignificantlyDifferent, SignificanceTest.Change(earlier, later));
    }
}

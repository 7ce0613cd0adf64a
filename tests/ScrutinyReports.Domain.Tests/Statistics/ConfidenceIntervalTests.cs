using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Tests.Statistics;

public class ConfidenceIntervalTests
{
    [Theory]
    [InlineData(5.0, 4.0, 0.95)]
    [InlineData(double.NaN, 4.0, 0.95)]
    [InlineData(1.0, 4.0, 1.0)]
    [InlineData(1.0, 4.0, 0.0)]
    public void Constructor_RejectsImpossibleIntervals(double lower, double upper, double level) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceInterval(lower, upper, IntervalMethod.Wilson, level));

    [Theory]
    [InlineData(1.0, 2.0, false)]
    [InlineData(1.0, 3.0, true)]
    [InlineData(5.0, 6.0, true)]
    [InlineData(6.5, 9.0, false)]
    public void Overlaps_CountsTouchingLimits(double lower, double upper, bool overlaps) =>
        Assert.Equal(overlaps, new ConfidenceInterval(3, 6, IntervalMethod.Byar).Overlaps(new ConfidenceInterval(lower, upper, IntervalMethod.Byar)));
}

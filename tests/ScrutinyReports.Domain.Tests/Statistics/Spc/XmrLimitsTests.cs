using ScrutinyReports.Domain.Statistics.Spc;

namespace ScrutinyReports.Domain.Tests.Statistics.Spc;

public class XmrLimitsTests
{
    // Sum 145 over 12 figures: mean 12.08333. Moving ranges 2,1,2,1,2,1,1,1,1,1,1 = 14 over 11: 1.272727, none screened
    // (3.267 x 1.2727 = 4.16). Limits 12.08333 -/+ 2.66 x 1.272727 = 3.385455: 8.69788 and 15.46879.
    [Fact]
    public void Of_TakesTheMeanAndTwoPointSixSixAverageMovingRanges()
    {
        var limits = XmrLimits.Of([10, 12, 11, 13, 12, 14, 13, 12, 11, 12, 13, 12])!;

        Assert.Equal(12.0833m, Math.Round(limits.Mean, 4));
        Assert.Equal(1.2727m, Math.Round(limits.AverageMovingRange, 4));
        Assert.Equal(8.6979m, Math.Round(limits.Lower, 4));
        Assert.Equal(15.4688m, Math.Round(limits.Upper, 4));
        // Two sigma: 2/3 of the way, 1.77333 x 1.272727 = 2.256970 from the mean.
        Assert.Equal(14.3403m, Math.Round(limits.NearUpper, 4));
        Assert.Equal(9.8264m, Math.Round(limits.NearLower, 4));
    }

    // Moving ranges 1,1,1,1,20: average 4.8; 20 >= 3.267 x 4.8 = 15.68 is screened out, leaving an average of 1. The mean keeps 30.
    [Fact]
    public void Of_LeavesOutAMovingRangeOfThreePointTwoSixSevenAveragesOnce()
    {
        var limits = XmrLimits.Of([10, 11, 10, 11, 10, 30])!;

        Assert.Equal(1m, limits.AverageMovingRange);
        Assert.Equal(82m / 6m, limits.Mean);
    }

    // A missing month has no moving range on either side: of 10, -, 14, 15 only 14 to 15 counts.
    [Fact]
    public void Of_TakesNoMovingRangeAcrossAMissingMonth()
    {
        var limits = XmrLimits.Of([10, null, 14, 15])!;

        Assert.Equal(1m, limits.AverageMovingRange);
        Assert.Equal(13m, limits.Mean);
    }

    [Fact]
    public void Of_IsNullWithoutTwoConsecutiveFigures()
    {
        Assert.Null(XmrLimits.Of([10, null, 14]));
    }
}

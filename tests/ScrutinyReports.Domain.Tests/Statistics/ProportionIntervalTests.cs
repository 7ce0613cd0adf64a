using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Tests.Statistics;

public class ProportionIntervalTests
{
    // Hand-computed with z = 1.959963985, z² = 3.841458822:
    // 310/400: p = 0.775, 4·O·(1 − p) = 279, z·√(z² + 279) = 1.959963985 × 16.817891 = 32.962461,
    //          2O + z² = 623.841459, 2(n + z²) = 807.682918,
    //          lower = 590.878998 / 807.682918 = 73.157%, upper = 656.803920 / 807.682918 = 81.320%.
    // 0/20:    lower 0; upper = (z² + z·√z²) / (2(20 + z²)) = 7.682918 / 47.682918 = 16.113%.
    // 20/20:   lower = (40 + z² − z²) / 47.682918 = 40 / 47.682918 = 83.887%; upper 100%.
    // 925/4451 (Wolverhampton's re-referrals, c1 2025): 19.615% to 21.999% around 20.78%.
    // 1/3:     6.149% to 79.234%: a tiny denominator gives an interval most of the scale wide.
    // 100/10000: 0.822934% to 1.214698%, the values the PHE/OHID fingertips_py package's own tests expect.
    [Theory]
    [InlineData(310, 400, 73.157298, 81.319526)]
    [InlineData(0, 20, 0.0, 16.112516)]
    [InlineData(20, 20, 83.887484, 100.0)]
    [InlineData(925, 4451, 19.615297, 21.998787)]
    [InlineData(1, 3, 6.149194, 79.234040)]
    [InlineData(100, 10000, 0.822934, 1.214698)]
    public void Wilson_GivesFingertipsLimitsInPercent(long numerator, long denominator, double lower, double upper)
    {
        var interval = ProportionInterval.Wilson(numerator, denominator);

        Assert.Equal(lower, interval.Lower, 0.000005);
        Assert.Equal(upper, interval.Upper, 0.000005);
        Assert.Equal(IntervalMethod.Wilson, interval.Method);
        Assert.Equal(0.95, interval.Level);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(5, 0)]
    [InlineData(11, 10)]
    public void Wilson_ImpossibleCounts_Throw(long numerator, long denominator) =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => ProportionInterval.Wilson(numerator, denominator));
}

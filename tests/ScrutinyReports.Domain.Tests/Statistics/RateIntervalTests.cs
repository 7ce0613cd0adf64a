using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Tests.Statistics;

public class RateIntervalTests
{
    // Byar, 588 children looked after in a population of 58,678 children, per 10,000 (rate 100.208):
    //   lower count = 588 × (1 − 1/5292 − 1.959963985/(3 × √588))³
    //               = 588 × (1 − 0.000188964 − 0.026942517)³ = 588 × 0.972868518³ = 588 × 0.920793934 = 541.4268
    //   upper count = 589 × (1 − 1/5301 + 1.959963985/(3 × √589))³
    //               = 589 × (1 − 0.000188644 + 0.026919636)³ = 589 × 1.026730993³ = 589 × 1.082355717 = 637.5075
    //   per 10,000: 541.4268 / 58,678 × 10,000 = 92.2708; 637.5075 / 58,678 × 10,000 = 108.6451.
    // Byar at the threshold, 10 events per 1 (the counts themselves): 4.787450 to 18.391459.
    // Byar for 100 events: lower 81.362105 (as the PHE/OHID fingertips_py package's tests expect);
    //   upper 101 × (1 − 1/909 + 1.959963985/(3 × √101))³ = 121.627938.
    [Theory]
    [InlineData(588, 58678, 10000, 92.270840, 108.645066)]
    [InlineData(10, 1, 1, 4.787450, 18.391459)]
    [InlineData(100, 1, 1, 81.362105, 121.627938)]
    public void Byar_GivesFingertipsLimits(long count, double population, double multiplier, double lower, double upper)
    {
        var interval = RateInterval.Byar(count, population, multiplier);

        Assert.Equal(lower, interval.Lower, 0.000005);
        Assert.Equal(upper, interval.Upper, 0.000005);
        Assert.Equal(IntervalMethod.Byar, interval.Method);
    }

    // Exact Poisson limits on the count (population 1, multiplier 1), against the published Garwood / chi-square
    // values (lower = χ²(0.025; 2O)/2, upper = χ²(0.975; 2O+2)/2), e.g. for 3 events χ²(0.025; 6) = 1.237344 and
    // χ²(0.975; 8) = 17.534546, halved: 0.618672 to 8.767273. For 0 events the upper limit is −ln(0.025) = 3.688879.
    [Theory]
    [InlineData(0, 0.0, 3.688879)]
    [InlineData(1, 0.025318, 5.571643)]
    [InlineData(2, 0.242209, 7.224688)]
    [InlineData(3, 0.618672, 8.767273)]
    [InlineData(5, 1.623486, 11.668332)]
    [InlineData(9, 4.115373, 17.084803)]
    [InlineData(100, 81.363991, 121.626794)]
    public void ExactPoisson_GivesGarwoodLimits(long count, double lower, double upper)
    {
        var interval = RateInterval.ExactPoisson(count, 1, 1);

        Assert.Equal(lower, interval.Lower, 0.000001);
        Assert.Equal(upper, interval.Upper, 0.000001);
        Assert.Equal(IntervalMethod.ExactPoisson, interval.Method);
    }

    [Fact]
    public void ExactPoisson_ScalesToTheRate()
    {
        // 3 events among 1,000 children per 10,000: 30 per 10,000, interval 6.18672 to 87.67273.
        var interval = RateInterval.ExactPoisson(3, 1000, 10000);

        Assert.Equal(6.186721, interval.Lower, 0.00001);
        Assert.Equal(87.672731, interval.Upper, 0.00001);
    }

    [Fact]
    public void ExactPoisson_LargeCount_AgreesWithByar()
    {
        // No underflow for large means, and the two methods agree closely where Byar is accurate.
        var exact = RateInterval.ExactPoisson(2000, 1, 1);
        var byar = RateInterval.Byar(2000, 1, 1);

        Assert.Equal(byar.Lower, exact.Lower, 0.05);
        Assert.Equal(byar.Upper, exact.Upper, 0.05);
    }

    [Theory]
    [InlineData(9, IntervalMethod.ExactPoisson)]
    [InlineData(10, IntervalMethod.Byar)]
    public void For_ChoosesByCount(long count, string method) =>
        Assert.Equal(method, RateInterval.For(count, 58678, 10000).Method);

    [Fact]
    public void Byar_ZeroCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RateInterval.Byar(0, 100, 1));

    [Theory]
    [InlineData(0.0, 10000.0)]
    [InlineData(100.0, 0.0)]
    [InlineData(double.NaN, 1.0)]
    public void Rates_NeedPositivePopulationAndMultiplier(double population, double multiplier) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RateInterval.For(5, population, multiplier));
}

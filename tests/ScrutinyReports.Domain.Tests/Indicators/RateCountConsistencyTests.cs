using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Tests.Indicators;

public sealed class RateCountConsistencyTests
{
    private static Indicator Make(string id, Unit unit, Polarity polarity) =>
        new(id, id + " name", "Theme", unit, polarity, Frequency.Monthly, 0, null, 0, string.Empty);

    [Fact]
    public void Check_ARateJudgedAndItsCountNeutral_IsAProblem()
    {
        var catalogue = new IndicatorCatalogue([Make("CLA_COUNT", Unit.Count, Polarity.Neutral), Make("CLA_RATE", Unit.RatePer10000, Polarity.LowerIsBetter)]);

        var problem = Assert.Single(RateCountConsistency.Check(catalogue));

        Assert.Equal("CLA_RATE is lower_is_better but CLA_COUNT is a context measure (neutral); expected a rate and its count both to be context measures (neutral) or both to be judged", problem);
    }

    [Fact]
    public void Check_OppositeJudgements_IsAProblem()
    {
        var catalogue = new IndicatorCatalogue([Make("CP_COUNT", Unit.Count, Polarity.HigherIsBetter), Make("CP_RATE", Unit.RatePer10000, Polarity.LowerIsBetter)]);

        Assert.Contains("judged in the same direction", Assert.Single(RateCountConsistency.Check(catalogue)));
    }

    [Fact]
    public void Check_NamedPairs_AreCheckedToo()
    {
        var catalogue = new IndicatorCatalogue([Make("LAC_TOTAL", Unit.Count, Polarity.Neutral), Make("LAC_PER_10K", Unit.RatePer10000, Polarity.LowerIsBetter)]);

        Assert.Empty(RateCountConsistency.Check(catalogue));
        Assert.Single(RateCountConsistency.Check(catalogue, [("LAC_PER_10K", "LAC_TOTAL")]));
    }

    [Theory]
    [InlineData(Polarity.Neutral)]
    [InlineData(Polarity.LowerIsBetter)]
    public void Check_AlikePairs_AreFine(Polarity polarity)
    {
        var catalogue = new IndicatorCatalogue([Make("CIN_COUNT", Unit.Count, polarity), Make("CIN_RATE", Unit.RatePer10000, polarity)]);

        Assert.Empty(RateCountConsistency.Check(catalogue));
    }
}

using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Narrative;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics.Spc;
using static ScrutinyReports.Domain.Tests.Statistics.Spc.SpcSeries;

namespace ScrutinyReports.Domain.Tests.Statistics.Spc;

public class SpcAnalyserTests
{
    private static Indicator Count(Polarity polarity = Polarity.HigherIsBetter, string? target = null) =>
        Build.Indicator(name: "Referrals", unit: Unit.Count, polarity: polarity, target: target, decimals: 1);

    // 8,12,8,12,8,12 then 13,14,13,14,13,14,13: mean 154/13 = 11.846. The last 12 (month 5) and the seven after it are
    // above it, 8 in a row; the earlier 12s are each cut off by an 8. Limits 11.846 -/+ 2.66 x 27/12: 5.861 to 17.831.
    [Theory]
    [InlineData(Polarity.HigherIsBetter, VariationIcon.ImprovingHigh)]
    [InlineData(Polarity.LowerIsBetter, VariationIcon.ConcerningHigh)]
    [InlineData(Polarity.Neutral, VariationIcon.NeutralHigh)]
    public void Analyse_FindsSevenOrMoreInARowAboveTheMean_AndPolarityDecidesItsMeaning(Polarity polarity, VariationIcon expected)
    {
        var spc = SpcAnalyser.Analyse(Count(polarity), From(8, 12, 8, 12, 8, 12, 13, 14, 13, 14, 13, 14, 13));

        var signal = Assert.Single(spc.Signals);
        Assert.Equal(SpcRule.RunOnOneSide, signal.Rule);
        Assert.Equal(SpcSide.Higher, signal.Side);
        Assert.Equal(Months(5, 12), signal.Periods);
        Assert.Equal(expected, spc.Variation);
        Assert.Equal(5.861m, Math.Round(spc.Limits.Lower, 3));
        Assert.Equal(17.831m, Math.Round(spc.Limits.Upper, 3));
    }

    // Six in a row above the mean is not a run: 10,12 x3 then 13 x6 then 10: mean 148/13 = 11.385; months 5 (12) to 11 are
    // seven above. Cut month 5 to 11 and only months 6 to 11 remain: six.
    [Fact]
    public void Analyse_SixInARowOnOneSideIsCommonCause()
    {
        var seven = SpcAnalyser.Analyse(Count(), From(10, 12, 10, 12, 10, 12, 13, 13, 13, 13, 13, 13, 10));
        var six = SpcAnalyser.Analyse(Count(), From(10, 12, 10, 12, 10, 11, 13, 13, 13, 13, 13, 13, 10));

        Assert.Equal(Months(5, 11), Assert.Single(seven.Signals, s => s.Rule == SpcRule.RunOnOneSide).Periods);
        Assert.DoesNotContain(six.Signals, s => s.Rule == SpcRule.RunOnOneSide);
    }

    // 10,12,10,12,10,12 then 9 to 15 rising by 1: seven figures each higher than the last (months 6 to 12). Mean 150/13 =
    // 11.538; moving ranges 2 x5, 3, 1 x6 = 19/12; upper limit 15.75, so 15 is within it.
    [Fact]
    public void Analyse_FindsSevenRisingInARow()
    {
        var spc = SpcAnalyser.Analyse(Count(Polarity.LowerIsBetter), From(10, 12, 10, 12, 10, 12, 9, 10, 11, 12, 13, 14, 15));

        var trend = Assert.Single(spc.Signals, s => s.Rule == SpcRule.Trend);
        Assert.Equal(SpcSide.Higher, trend.Side);
        Assert.Equal(Months(6, 12), trend.Periods);
        Assert.Equal(VariationIcon.ConcerningHigh, spc.Variation);
        Assert.DoesNotContain(spc.Signals, s => s.Rule == SpcRule.BeyondLimit);
        Assert.Equal(SpcRule.Trend, spc.Latest!.Rule);
    }

    // Six rises make seven figures; five rises (six figures) do not make a trend.
    [Fact]
    public void Analyse_SixRisingFiguresAreNotATrend()
    {
        var spc = SpcAnalyser.Analyse(Count(), From(10, 12, 10, 12, 10, 12, 10, 9, 10, 11, 12, 13, 14));

        Assert.DoesNotContain(spc.Signals, s => s.Rule == SpcRule.Trend);
    }

    // 10,11 x6 then 20: mean 146/13 = 11.231. Moving ranges 1 x11 and 9, average 20/12; 9 is screened (>= 5.45), so the
    // average is 1 and the upper limit 13.891: 20 is beyond it. The 12 figures before are all below the mean: a run too.
    [Fact]
    public void Analyse_FindsAFigureBeyondALimit_WhichOutranksTheRunForTheLatestPoint()
    {
        var spc = SpcAnalyser.Analyse(Count(Polarity.HigherIsBetter), From(10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 20));

        var beyond = Assert.Single(spc.Signals, s => s.Rule == SpcRule.BeyondLimit);
        Assert.Equal([First.Plus(12)], beyond.Periods);
        Assert.Equal(SpcSide.Higher, beyond.Side);
        Assert.Equal(Months(0, 11), Assert.Single(spc.Signals, s => s.Rule == SpcRule.RunOnOneSide).Periods);
        Assert.Equal(13.891m, Math.Round(spc.Limits.Upper, 3));
        Assert.Equal(VariationIcon.ImprovingHigh, spc.Variation);
        Assert.Equal(SpcRule.BeyondLimit, spc.LatestSignal!.Rule);
    }

    // 10,11 x5 then 14,12,14: mean 145/13 = 11.154; moving ranges 1 x9, 3, 2, 2 = 16/12 = 1.333. Two sigma above: 13.518;
    // upper limit 14.700. 14, 12, 14 are all above the mean and two are beyond two sigma, within the limit.
    [Fact]
    public void Analyse_FindsTwoOfThreeCloseToALimit()
    {
        var spc = SpcAnalyser.Analyse(Count(), From(10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 14, 12, 14));

        var signal = Assert.Single(spc.Signals, s => s.Rule == SpcRule.TwoOfThreeNearLimit);
        Assert.Equal([First.Plus(10), First.Plus(12)], signal.Periods);
        Assert.Equal(SpcSide.Higher, signal.Side);
        Assert.Equal(13.518m, Math.Round(spc.Limits.NearUpper, 3));
        Assert.Equal(SpcRule.TwoOfThreeNearLimit, spc.Latest!.Rule);
    }

    // Twelve months alternating 10 and 11, then twelve alternating 20 and 21. As one process every figure is a run on one
    // side of the mean 15.5; with a change of process declared for the 13th month each baseline has its own mean (10.5,
    // 20.5) and average moving range (1: the jump from 11 to 20 belongs to neither), and nothing is special.
    [Fact]
    public void Analyse_StartsANewBaselineAtADeclaredChangeOfProcess()
    {
        decimal?[] values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 20, 21, 20, 21, 20, 21, 20, 21, 20, 21, 20, 21];
        var changed = Count() with { ProcessChanges = new ProcessChanges([new ProcessChange(new DateOnly(2023, 4, 1), "new front door")]) };

        var asOne = SpcAnalyser.Analyse(Count(), From(values));
        var split = SpcAnalyser.Analyse(changed, From(values));

        Assert.Contains(asOne.Signals, s => s.Rule == SpcRule.RunOnOneSide);
        Assert.Equal(2, split.Baselines.Count);
        Assert.Equal(First.Plus(12), split.Current.From);
        Assert.Equal("new front door", split.Current.Reason);
        Assert.Equal(10.5m, split.Baselines[0].Limits!.Mean);
        Assert.Equal(new XmrLimits(20.5m, 1m), split.Limits);
        Assert.Empty(split.Signals);
        Assert.Equal(VariationIcon.CommonCause, split.Variation);
    }

    [Fact]
    public void Analyse_NeedsTwelveFiguresInTheCurrentBaseline()
    {
        var eleven = SpcAnalyser.Analyse(Count(), From(10, 11, 10, null, 10, 11, 10, 11, 10, 11, 10, 11));

        Assert.False(eleven.Qualifies);
        Assert.Equal(11, eleven.Current.Figures);
        Assert.Equal(VariationIcon.CommonCause, eleven.Variation);
        Assert.Contains("11 figures from April 2022: process limits need at least 12", SpcWording.Sentences(eleven), StringComparison.Ordinal);
    }

    // 10,12 x3 then 13 x7 with a missing month after the third 13: mean 157/13 = 12.077. Seven figures are above it but a
    // month without a figure splits them into three and four, so there is no run; with the month filled there are eight.
    [Fact]
    public void Analyse_AMissingMonthEndsARun()
    {
        var gap = SpcAnalyser.Analyse(Count(), From(10, 12, 10, 12, 10, 12, 13, 13, 13, null, 13, 13, 13, 13));
        var filled = SpcAnalyser.Analyse(Count(), From(10, 12, 10, 12, 10, 12, 13, 13, 13, 13, 13, 13, 13, 13));

        Assert.DoesNotContain(gap.Signals, s => s.Rule == SpcRule.RunOnOneSide);
        Assert.Contains(filled.Signals, s => s.Rule == SpcRule.RunOnOneSide && s.Periods.Count == 8);
    }

    // Limits 50 -/+ 2.66: 47.34 to 52.66.
    [Theory]
    [InlineData(Polarity.HigherIsBetter, ">=45", AssuranceIcon.ConsistentlyPass)]
    [InlineData(Polarity.HigherIsBetter, ">=55", AssuranceIcon.ConsistentlyFail)]
    [InlineData(Polarity.HigherIsBetter, ">=50", AssuranceIcon.HitAndMiss)]
    [InlineData(Polarity.LowerIsBetter, "<=45", AssuranceIcon.ConsistentlyFail)]
    [InlineData(Polarity.LowerIsBetter, "<=55", AssuranceIcon.ConsistentlyPass)]
    [InlineData(Polarity.Neutral, "40-60", AssuranceIcon.ConsistentlyPass)]
    [InlineData(Polarity.Neutral, "51-60", AssuranceIcon.HitAndMiss)]
    [InlineData(Polarity.Neutral, "53-60", AssuranceIcon.ConsistentlyFail)]
    public void Assurance_ComparesTheTargetWithTheProcessLimits(Polarity polarity, string target, AssuranceIcon expected)
    {
        Assert.Equal(expected, SpcAnalyser.Assurance(new XmrLimits(50m, 1m), TargetPattern.Parse(target, polarity).Value!));
    }

    [Fact]
    public void Analyse_RejectsFiguresForPeriodsThatAreNotConsecutive()
    {
        var figures = From(1, 2);
        figures[1] = (First.Plus(2), 2);

        Assert.Throws<ArgumentException>(() => SpcAnalyser.Analyse(Count(), figures));
    }

    [Fact]
    public void Analyse_DrawsNoChartForRollingOrAnnualFigures()
    {
        var figures = Enumerable.Range(0, 24).Select(i => Build.Figure(First.Plus(i).Code, 10 + (i % 2))).ToDictionary(f => f.Period);
        var rolling = Count() with { Window = MeasureWindow.Rolling12Months };

        Assert.NotNull(SpcAnalyser.Analyse(Count(), First.Plus(23), figures));
        Assert.Null(SpcAnalyser.Analyse(rolling, First.Plus(23), figures));
        Assert.Null(SpcAnalyser.Analyse(Build.Indicator(frequency: Frequency.Annual), ReportingPeriod.FinancialYear(2023), figures));
    }

    // The run of SpcAnalyse_FindsSevenOrMoreInARowAboveTheMean, for an indicator where lower is better: the sentence names
    // the count, the mean and the periods, and the exception ranks with significant worsening.
    [Fact]
    public void Sentences_DescribeTheLatestSignalWithItsPeriods()
    {
        var spc = SpcAnalyser.Analyse(Build.Indicator(name: "Re-referrals", polarity: Polarity.LowerIsBetter, target: "<=11"), From(8, 12, 8, 12, 8, 12, 13, 14, 13, 14, 13, 14, 13));

        Assert.Equal(
            "Re-referrals shows special cause variation of a concerning nature: eight months in a row above the average of 11.8%, September 2022 to April 2023. " +
            "The process limits since April 2022 are 5.9% to 17.8%. It will hit and miss the target of no more than 11% at random: it lies within the process limits of 5.9% to 17.8%. " +
            "While the latest figures are a special cause, the process may have changed and this assurance is provisional.",
            SpcWording.Sentences(spc));
    }
}

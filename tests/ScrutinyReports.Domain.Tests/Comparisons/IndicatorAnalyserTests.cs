using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using static ScrutinyReports.Domain.Tests.Build;

namespace ScrutinyReports.Domain.Tests.Comparisons;

public class IndicatorAnalyserTests
{
    [Theory]
    [InlineData(Polarity.HigherIsBetter, "74.6", "77.5", Direction.Improved)]
    [InlineData(Polarity.HigherIsBetter, "77.5", "74.6", Direction.Worsened)]
    [InlineData(Polarity.HigherIsBetter, "77.5", "77.5", Direction.Unchanged)]
    [InlineData(Polarity.LowerIsBetter, "74.6", "77.5", Direction.Worsened)]
    [InlineData(Polarity.LowerIsBetter, "77.5", "74.6", Direction.Improved)]
    [InlineData(Polarity.LowerIsBetter, "77.5", "77.5", Direction.Unchanged)]
    [InlineData(Polarity.Neutral, "74.6", "77.5", Direction.Increased)]
    [InlineData(Polarity.Neutral, "77.5", "74.6", Direction.Decreased)]
    [InlineData(Polarity.Neutral, "77.5", "77.5", Direction.Unchanged)]
    public void Analyse_Direction_FollowsPolarity(Polarity polarity, string before, string now, Direction expected)
    {
        var analysis = IndicatorAnalyser.Analyse(Indicator(polarity: polarity), Month("2019-09"), Series(Figure("2019-08", D(before)), Figure("2019-09", D(now))));

        Assert.Equal(expected, analysis.Previous.Direction);
    }

    [Fact]
    public void Analyse_Percent_ChangesInPercentagePointsWithoutRelativeChange()
    {
        var analysis = IndicatorAnalyser.Analyse(Indicator(target: ">=80", tolerance: 5), Month("2019-09"),
            Series(Figure("2018-09", 52.0m), Figure("2019-08", 74.6m), Figure("2019-09", 77.5m)));

        Assert.Equal(2.9m, analysis.Previous.Change);
        Assert.Equal(ChangeUnit.PercentagePoints, analysis.Previous.ChangeUnit);
        Assert.Null(analysis.Previous.RelativeChange);
        Assert.Equal(25.5m, analysis.YearAgo.Change);
        Assert.Equal(Direction.Improved, analysis.YearAgo.Direction);
        Assert.Equal(-2.5m, analysis.Target!.Gap);
        Assert.Equal(Rag.Amber, analysis.Rag);
    }

    [Fact]
    public void ShownPeriods_AreTheHistoryPreviousYearAgoAndCurrent_OldestFirstAndOnceEach()
    {
        var analysis = IndicatorAnalyser.Analyse(Indicator(), Month("2019-09"), Series(Figure("2019-08", 74.6m), Figure("2019-09", 77.5m)));

        var shown = analysis.ShownPeriods;

        Assert.Equal(shown.Order(), shown);
        Assert.Equal(shown.Distinct(), shown);
        Assert.Equal([Month("2018-09"), Month("2019-08"), Month("2019-09")], shown.Intersect([Month("2018-09"), Month("2019-08"), Month("2019-09")]));
        Assert.Subset(shown.ToHashSet(), analysis.History.Select(p => p.Period).ToHashSet());
    }

    [Fact]
    public void Analyse_Count_ChangesInUnitsWithRelativeChange()
    {
        var analysis = IndicatorAnalyser.Analyse(Indicator(unit: Unit.Count, polarity: Polarity.Neutral, decimals: 0), Month("2019-09"),
            Series(Figure("2019-08", 580m), Figure("2019-09", 588m)));

        Assert.Equal(8m, analysis.Previous.Change);
        Assert.Equal(ChangeUnit.IndicatorUnit, analysis.Previous.ChangeUnit);
        Assert.Equal(1.4m, analysis.Previous.RelativeChange);
        Assert.Equal(Direction.Increased, analysis.Previous.Direction);
    }

    [Fact]
    public void Analyse_ChangeIsTheDifferenceOfTheRoundedFiguresShown()
    {
        var analysis = IndicatorAnalyser.Analyse(Indicator(), Month("2019-09"), Series(Figure("2019-08", 74.56m), Figure("2019-09", 77.54m)));

        Assert.Equal(77.5m, analysis.Value);
        Assert.Equal(74.6m, analysis.Previous.EarlierValue);
        Assert.Equal(2.9m, analysis.Previous.Change);
    }

    [Fact]
    public void Analyse_DifferenceBelowTheShownDecimals_IsUnchanged()
    {
        var analysis = IndicatorAnalyser.Analyse(Indicator(), Month("2019-09"), Series(Figure("2019-08", 77.51m), Figure("2019-09", 77.54m)));

        Assert.Equal(Direction.Unchanged, analysis.Previous.Direction);
        Assert.Equal(0m, analysis.Previous.Change);
    }

    [Theory]
    [InlineData(ObservationStatus.Suppressed)]
    [InlineData(ObservationStatus.NotAvailable)]
    public void Analyse_EarlierFigureWithoutValue_IsNotComparable(ObservationStatus status)
    {
        var analysis = IndicatorAnalyser.Analyse(Indicator(), Month("2019-09"), Series(Figure("2019-08", null, status), Figure("2019-09", 77.5m)));

        Assert.Equal(Direction.NotComparable, analysis.Previous.Direction);
        Assert.Null(analysis.Previous.Change);
        Assert.Equal(status, analysis.Previous.Earlier!.Status);
    }

    [Fact]
    public void Analyse_NoEarlierFigure_IsNotComparableButKeepsItsPeriod()
    {
        var analysis = IndicatorAnalyser.Analyse(Indicator(), Month("2019-09"), Series(Figure("2019-09", 77.5m)));

        Assert.Equal(Direction.NotComparable, analysis.Previous.Direction);
        Assert.Null(analysis.Previous.Earlier);
        Assert.Equal("2019-08", analysis.Previous.Period.Code);
    }

    [Fact]
    public void Analyse_NoFigure_IsMissingWithNoRag()
    {
        var analysis = IndicatorAnalyser.Analyse(Indicator(target: ">=80"), Month("2019-09"), Series(Figure("2019-08", 74.6m)));

        Assert.True(analysis.IsMissing);
        Assert.Equal(Rag.None, analysis.Rag);
        Assert.Equal(Direction.NotComparable, analysis.Previous.Direction);
    }

    [Fact]
    public void Analyse_SuppressedCurrent_HasNoRagEvenWithATarget()
    {
        var analysis = IndicatorAnalyser.Analyse(Indicator(target: ">=80"), Month("2019-09"), Series(Figure("2019-09", null, ObservationStatus.Suppressed)));

        Assert.Equal(Rag.None, analysis.Rag);
        Assert.Null(analysis.Target);
    }

    [Fact]
    public void Analyse_QuarterlyIndicatorInAMonthlyReport_UsesTheLatestCompleteQuarter()
    {
        var indicator = Indicator(frequency: Frequency.Quarterly);
        var q2 = Figure("2019/20 Q2", 60m, frequency: Frequency.Quarterly);
        var q1 = Figure("2019/20 Q1", 55m, frequency: Frequency.Quarterly);
        var yearAgo = Figure("2018/19 Q2", 50m, frequency: Frequency.Quarterly);

        var analysis = IndicatorAnalyser.Analyse(indicator, Month("2019-10"), Series(q1, q2, yearAgo));

        Assert.Equal("2019/20 Q2", analysis.Period.Code);
        Assert.Equal("2019/20 Q1", analysis.Previous.Period.Code);
        Assert.Equal("2018/19 Q2", analysis.YearAgo.Period.Code);
        Assert.Equal(10m, analysis.YearAgo.Change);
    }

    [Fact]
    public void Analyse_History_HoldsThirteenPeriodsEndingWithTheCurrent()
    {
        var analysis = IndicatorAnalyser.Analyse(Indicator(), Month("2019-09"), Series(Figure("2018-09", 70m), Figure("2019-09", 77.5m)));

        Assert.Equal(IndicatorAnalyser.HistoryLength, analysis.History.Count);
        Assert.Equal("2018-09", analysis.History[0].Period.Code);
        Assert.Equal("2019-09", analysis.History[^1].Period.Code);
        Assert.NotNull(analysis.History[^1].Observation);
    }

    [Fact]
    public void Analyse_History_StartsAtTheFirstFigureNotYearsEarlier()
    {
        var analysis = IndicatorAnalyser.Analyse(Indicator(), Month("2019-09"), Series(Figure("2019-06", 70m), Figure("2019-09", 77.5m)));

        Assert.Equal(["2019-06", "2019-07", "2019-08", "2019-09"], analysis.History.Select(p => p.Period.Code));
        Assert.Null(analysis.History[1].Observation);
    }

    [Fact]
    public void Analyse_History_WithNoFigureAtAll_IsTheCurrentPeriodAlone()
    {
        var analysis = IndicatorAnalyser.Analyse(Indicator(), Month("2019-09"), Series());

        Assert.Equal(["2019-09"], analysis.History.Select(p => p.Period.Code));
    }
}

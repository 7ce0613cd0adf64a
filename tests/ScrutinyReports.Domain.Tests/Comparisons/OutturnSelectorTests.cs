using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using static ScrutinyReports.Domain.Tests.Build;

namespace ScrutinyReports.Domain.Tests.Comparisons;

/// <summary>The last three years a theme table shows: year-end figures, the same month where none was received, and missing years left missing.</summary>
public class OutturnSelectorTests
{
    private static readonly ReportingPeriod September2019 = Month("2019-09");

    [Fact]
    public void Select_MonthlyWithEveryYearEnd_TakesMarchOfTheThreeYearsBeforeTheLatest()
    {
        var outturns = OutturnSelector.Select(September2019, Series(Figure("2017-03", 48.1m), Figure("2018-03", 61.0m), Figure("2019-03", 55.3m), Figure("2018-09", 52.0m), Figure("2019-09", 77.5m)));

        Assert.Equal(["2016/17", "2017/18", "2018/19"], outturns.Select(o => o.Year.Code));
        Assert.Equal([Month("2017-03"), Month("2018-03"), Month("2019-03")], outturns.Select(o => o.Period));
        Assert.Equal([48.1m, 61.0m, 55.3m], outturns.Select(o => o.Observation!.Value!.Value));
        Assert.All(outturns, o => Assert.Equal(OutturnKind.YearEnd, o.Kind));
        Assert.Equal(["Mar 2017", "Mar 2018", "Mar 2019"], outturns.Select(o => o.Label(Indicator())));
    }

    [Fact]
    public void Select_YearEndMissing_FallsBackToTheSameMonthThatYearAndSaysSo()
    {
        var outturns = OutturnSelector.Select(September2019, Series(Figure("2016-09", 40.2m), Figure("2017-09", 44.0m), Figure("2018-03", 61.0m), Figure("2018-09", 52.0m)));

        Assert.Equal([OutturnKind.SameMonth, OutturnKind.YearEnd, OutturnKind.SameMonth], outturns.Select(o => o.Kind));
        Assert.Equal([Month("2016-09"), Month("2018-03"), Month("2018-09")], outturns.Select(o => o.Period));
        Assert.Equal(["Sep 2016", "Mar 2018", "Sep 2018"], outturns.Select(o => o.Label(Indicator())));
    }

    [Fact]
    public void Select_YearWithNeitherFigure_IsMissingNamedByItsYearAndNeverEstimated()
    {
        var outturns = OutturnSelector.Select(September2019, Series(Figure("2017-02", 45.0m), Figure("2017-04", 47.0m), Figure("2018-03", 61.0m), Figure("2019-03", 55.3m)));

        var missing = outturns[0];
        Assert.Equal(OutturnKind.Missing, missing.Kind);
        Assert.Null(missing.Observation);
        Assert.Equal(Month("2017-03"), missing.Period);
        Assert.Equal("2016/17", missing.Label(Indicator()));
    }

    [Fact]
    public void Select_SeriesFirstCollectedWithinTheThreeYears_LeavesOutTheYearsBeforeItsFirstFigure()
    {
        var outturns = OutturnSelector.Select(September2019, Series(Figure("2017-09", 44.0m), Figure("2018-03", 47.0m), Figure("2019-03", 55.3m)));

        Assert.Equal(["2017/18", "2018/19"], outturns.Select(o => o.Year.Code));
        Assert.Empty(OutturnSelector.Select(September2019, Series(Figure("2019-04", 50.0m), Figure("2019-09", 51.0m))));
    }

    [Fact]
    public void Select_StoredYearEndWithoutAValue_IsShownAsItsStateNotReplacedByAnotherMonth()
    {
        var outturns = OutturnSelector.Select(September2019, Series(Figure("2016-09", 41.0m), Figure("2018-03", null, ObservationStatus.Suppressed), Figure("2017-09", 44.0m)));

        Assert.Equal((OutturnKind.YearEnd, ObservationStatus.Suppressed), (outturns[1].Kind, outturns[1].Observation!.Status));
    }

    [Fact]
    public void Select_LatestIsMarch_LeavesTheLatestYearToTheLatestColumn()
    {
        var outturns = OutturnSelector.Select(Month("2020-03"), Series(Figure("2016-04", 50.1m), Figure("2019-03", 55.3m), Figure("2020-03", 60.0m)));

        Assert.Equal(["2016/17", "2017/18", "2018/19"], outturns.Select(o => o.Year.Code));
        Assert.Equal(55.3m, outturns[2].Observation!.Value);
    }

    [Fact]
    public void Select_Quarterly_TakesQuarter4OrTheSameQuarter()
    {
        var indicator = Indicator(frequency: Frequency.Quarterly);
        var series = Series(Figure("2016/17 Q2", 70.0m, frequency: Frequency.Quarterly), Figure("2017/18 Q4", 74.7m, frequency: Frequency.Quarterly), Figure("2018/19 Q4", 78.9m, frequency: Frequency.Quarterly));

        var outturns = OutturnSelector.Select(ReportingPeriod.Quarter(2019, 2), series);

        Assert.Equal([OutturnKind.SameMonth, OutturnKind.YearEnd, OutturnKind.YearEnd], outturns.Select(o => o.Kind));
        Assert.Equal(["Q2 2016/17", "Q4 2017/18", "Q4 2018/19"], outturns.Select(o => o.Label(indicator)));
    }

    [Fact]
    public void Select_Annual_TakesTheThreeYearsBeforeTheLatestYearAsOutturnsWithNoStandIn()
    {
        var indicator = Indicator(unit: Unit.Score, polarity: Polarity.LowerIsBetter, frequency: Frequency.Annual);
        var series = Series(Figure("2015/16", 14.2m, frequency: Frequency.Annual), Figure("2017/18", 13.7m, frequency: Frequency.Annual), Figure("2018/19", 13.8m, frequency: Frequency.Annual));

        var outturns = OutturnSelector.Select(ReportingPeriod.FinancialYear(2018), series);

        Assert.Equal([OutturnKind.YearEnd, OutturnKind.Missing, OutturnKind.YearEnd], outturns.Select(o => o.Kind));
        Assert.Equal(["2015/16 outturn", "2016/17", "2017/18 outturn"], outturns.Select(o => o.Label(indicator)));
    }

    [Fact]
    public void Label_Rolling12MonthsToMarch_IsTheYearsOutturn_AndItsStandInNamesItsWindow()
    {
        var indicator = Indicator() with { Window = MeasureWindow.Rolling12Months };

        var outturns = OutturnSelector.Select(September2019, Series(Figure("2016-09", 18.0m), Figure("2018-03", 19.2m), Figure("2019-03", 21.0m)));

        Assert.Equal(["12 months to Sep 2016", "2017/18 outturn", "2018/19 outturn"], outturns.Select(o => o.Label(indicator)));
    }

    [Fact]
    public void Label_ThreeYearAverage_NamesTheThreeYearsItCovers()
    {
        var indicator = Indicator(unit: Unit.Days, polarity: Polarity.LowerIsBetter, frequency: Frequency.Annual) with { Window = MeasureWindow.ThreeYearAverage };

        var outturns = OutturnSelector.Select(ReportingPeriod.FinancialYear(2018), Series(Figure("2017/18", 779m, frequency: Frequency.Annual)));

        Assert.Equal(["2015-18"], outturns.Select(o => o.Label(indicator)));
    }

    [Fact]
    public void Analyse_ReadsOutturnsBeyondTheTrendHistory_AndShowsTheirPeriods()
    {
        var analysis = IndicatorAnalyser.Analyse(Indicator(), September2019, Series(Figure("2017-03", 48.1m), Figure("2019-08", 74.6m), Figure("2019-09", 77.5m)));

        Assert.Equal(48.1m, analysis.Outturns[0].Observation!.Value);
        Assert.Contains(Month("2017-03"), analysis.ShownPeriods);
        Assert.DoesNotContain(analysis.History, point => point.Period == Month("2017-03"));
    }
}

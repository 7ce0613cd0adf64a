using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Narrative;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics;
using static ScrutinyReports.Domain.Tests.Build;

namespace ScrutinyReports.Domain.Tests.Narrative;

public sealed class TrendWordingTests
{
    private static List<PeriodValue> Months(string last, params double[] values)
    {
        var end = Month(last);
        return values.Select((v, i) => new PeriodValue(end.Plus(i - values.Length + 1), v)).ToList();
    }

    [Fact]
    public void Sentence_WithEveryPeriod_NamesTheFiguresItRestsOn()
    {
        var trend = Trend.Over(Months("2019-09", 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21), 12);

        Assert.Equal("Over the 12 monthly figures from October 2018 to September 2019 the trend has been upward.", TrendWording.Sentence(trend, Indicator()));
    }

    [Fact]
    public void Sentence_WithMissingPeriods_StartsAtTheFirstFigureAndCountsTheGaps()
    {
        // Eight figures: nothing for October 2018 to January 2019, then two more gaps.
        var series = Months("2019-09", 10, 11, 12, 13, 14, 15, 16, 17, 18, 19).Where(p => p.Period != Month("2019-03") && p.Period != Month("2019-05")).ToList();

        var trend = Trend.Over(series, 12);

        Assert.Equal(8, trend.ValuesUsed);
        Assert.Equal(Month("2018-12"), trend.FirstFigure);
        Assert.Equal(
            "Over the 8 monthly figures received from December 2018 to September 2019 (2 of those 10 months had none) the trend has been upward.",
            TrendWording.Sentence(trend, Indicator()));
    }

    [Fact]
    public void Sentence_WithFewerFiguresThanTheMinimum_SaysNothing()
    {
        Assert.Equal(6, Trend.MinimumFigures(12));
        Assert.Equal(3, Trend.MinimumFigures(6));
        var trend = Trend.Over(Months("2019-09", 10, 12, 14, 16, 18), 12);

        Assert.Equal(TrendDirection.NotEnoughData, trend.Direction);
        Assert.Null(TrendWording.Sentence(trend, Indicator()));
    }

    [Fact]
    public void Sentence_ForAThreeYearAverage_NamesTheWindows()
    {
        var indicator = Indicator(unit: Unit.Days, polarity: Polarity.LowerIsBetter, decimals: 0, frequency: Frequency.Annual);
        indicator = new Indicator(indicator.Id, indicator.Name, indicator.Theme, indicator.Unit, indicator.Polarity, indicator.Frequency,
            indicator.Decimals, null, 0, indicator.Definition) { Window = MeasureWindow.ThreeYearAverage };
        var series = Enumerable.Range(0, 6).Select(i => new PeriodValue(ReportingPeriod.FinancialYear(2013 + i), 800 - (i * 60))).ToList();

        var trend = Trend.Over(series, 6);

        Assert.Equal("Over the 6 three-year average figures from 2011-14 to 2016-19 the trend has been downward.", TrendWording.Sentence(trend, indicator));
    }

    [Fact]
    public void Narrative_ForAThreeYearAverage_LabelsBothFiguresByTheirWindow()
    {
        var plain = Indicator(name: "Adoption A1", unit: Unit.Days, polarity: Polarity.LowerIsBetter, decimals: 0, frequency: Frequency.Annual);
        var a1 = new Indicator(plain.Id, plain.Name, plain.Theme, plain.Unit, plain.Polarity, plain.Frequency, 0, null, 0, plain.Definition)
        {
            Window = MeasureWindow.ThreeYearAverage,
        };
        var analysis = IndicatorAnalyser.Analyse(a1, Month("2019-09"),
            Series(Figure("2017/18", 779m, frequency: Frequency.Annual), Figure("2018/19", 457m, frequency: Frequency.Annual)));

        Assert.Equal("Adoption A1 improved from 779 days in 2015-18 to 457 days in 2016-19, a fall of 322 days, or 41.3%.", NarrativeWriter.Describe(analysis));
    }
}

using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Narrative;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Domain.Statistics;
using static ScrutinyReports.Domain.Tests.Build;

namespace ScrutinyReports.Domain.Tests.Reports;

/// <summary>What the exceptions list holds and in what order, from hand-built series for September 2019.</summary>
public class ExceptionRankingTests
{
    private static readonly ReportingPeriod September = Month("2019-09");

    [Fact]
    public void Rank_PutsRedBeforeAmberWhateverTheCatalogueOrder()
    {
        var amber = Entry(Indicator("Amber one", target: ">=80", tolerance: 5), ("2019-08", 76), ("2019-09", 77));
        var red = Entry(Indicator("Red one", target: ">=80", tolerance: 5), ("2019-08", 60), ("2019-09", 61));

        var ranked = ExceptionRanking.Rank([amber, red]);

        Assert.Equal(["Red one", "Amber one"], Names(ranked));
        Assert.Equal("Red, off target: 61.0% in September 2019, 19.0 percentage points below the target of at least 80%.", ranked.Shown[0].Reasons[0].Text);
    }

    [Fact]
    public void ReasonsFor_AmberThatImproved_IsStillAnException()
    {
        var entry = Entry(Indicator(target: ">=80", tolerance: 5), ("2019-08", 70), ("2019-09", 76));

        var reason = Assert.Single(ExceptionRanking.ReasonsFor(entry));

        Assert.Equal(ExceptionReasonKind.CloseToTarget, reason.Kind);
        Assert.Equal("Amber, close to target: 76.0% in September 2019, 4.0 percentage points below the target of at least 80%, within the amber tolerance of 5.0 percentage points.", reason.Text);
    }

    [Fact]
    public void ReasonsFor_GreenOnTargetThatDipped_IsNotAnException()
    {
        var entry = Entry(Indicator(target: ">=80", tolerance: 5), ("2019-08", 90), ("2019-09", 85));

        Assert.Empty(ExceptionRanking.ReasonsFor(entry));
    }

    [Fact]
    public void ReasonsFor_AYearOnYearWorseningInsideTheUsualSpread_IsNoise()
    {
        // Wobbles of 4 points month to month; 72 against 74 a year earlier is inside that.
        var entry = Entry(Indicator(), ("2018-09", 74), ("2018-10", 70), ("2018-11", 74), ("2018-12", 70), ("2019-01", 74), ("2019-02", 70),
            ("2019-03", 74), ("2019-04", 70), ("2019-05", 74), ("2019-06", 70), ("2019-07", 74), ("2019-08", 70), ("2019-09", 72));

        Assert.Equal(Direction.Worsened, entry.Analysis.YearAgo.Direction);
        Assert.Empty(ExceptionRanking.ReasonsFor(entry));
    }

    [Fact]
    public void ReasonsFor_ASignificantWorseningAgainstAYearAgo_SaysSoWithBothFigures()
    {
        var entry = Entry(Indicator("Re-referrals within 12 months", polarity: Polarity.LowerIsBetter), Counted("2018-09", 300, 1000), Counted("2019-09", 400, 1000));

        var reason = Assert.Single(ExceptionRanking.ReasonsFor(entry));

        Assert.Equal(ExceptionReasonKind.WorseThanYearAgo, reason.Kind);
        Assert.Equal("Significantly worse than a year earlier: up from 30.0% in September 2018 to 40.0% in September 2019, a rise of 10.0 percentage points.", reason.Text);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void ReasonsFor_WhereATestExists_ItDecidesNotTheSpread(bool counted, bool expected)
    {
        // Flat at 30% then 36%: beyond a spread of nothing, but 30/100 and 36/100 have overlapping intervals.
        var periods = new[] { "2018-09", "2018-10", "2018-11", "2018-12", "2019-01" };
        var figures = periods.Select(p => counted ? Counted(p, 30, 100) : Plain(p, 30)).Append(counted ? Counted("2019-09", 36, 100) : Plain("2019-09", 36)).ToArray();
        var entry = Entry(Indicator(polarity: Polarity.LowerIsBetter), figures);

        var reasons = ExceptionRanking.ReasonsFor(entry);

        Assert.Equal(expected, reasons.Any(r => r.Kind == ExceptionReasonKind.WorseThanYearAgo));
        if (expected)
        {
            Assert.Equal("Worse than a year earlier by more than its usual change from one month to the next: up from 30.0% in September 2018 to 36.0% in September 2019, a rise of 6.0 percentage points.", Assert.Single(reasons).Text);
        }
    }

    [Fact]
    public void ReasonsFor_ASustainedAdverseTrend_IsAnException()
    {
        var rising = Enumerable.Range(0, 12).Select(i => Plain(September.Plus(i - 11).Code, 11 + i)).ToArray();
        var entry = Entry(Indicator(polarity: Polarity.LowerIsBetter), rising);

        var reason = Assert.Single(ExceptionRanking.ReasonsFor(entry));

        Assert.Equal(ExceptionReasonKind.AdverseTrend, reason.Kind);
        Assert.Equal("Worsening trend: rising over the 12 monthly figures from October 2018 to September 2019, from 11.0% in October 2018 to 22.0% in September 2019.", reason.Text);
    }

    [Fact]
    public void ReasonsFor_ATrendTheLastSixPeriodsReversed_IsNotSustained()
    {
        decimal[] values = [10, 14, 18, 22, 26, 30, 29, 28, 27, 26, 25, 24];
        var entry = Entry(Indicator(polarity: Polarity.LowerIsBetter), values.Select((v, i) => Plain(September.Plus(i - 11).Code, v)).ToArray());

        Assert.Equal(TrendDirection.Rising, entry.Benchmark.Last12!.Direction);
        Assert.Empty(ExceptionRanking.ReasonsFor(entry));
    }

    [Fact]
    public void ReasonsFor_SignificantlyWorseThanEngland_NamesEnglandsFigureAndYear()
    {
        var indicator = Indicator(polarity: Polarity.HigherIsBetter);
        var set = new ComparatorSet("336", "2025", [new Comparator("TEST_ID", ComparatorKind.England, "England", ReportingPeriod.FinancialYear(2018), 85.0m)], []);
        var entry = Entry(indicator, set, Counted("2019-09", 310, 400));

        var reason = Assert.Single(ExceptionRanking.ReasonsFor(entry));

        Assert.Equal("Significantly worse than England: 77.5% in September 2019 against England's 2018/19 figure of 85.0%.", reason.Text);
    }

    [Fact]
    public void ReasonsFor_AContextMeasure_IsNeverAnExceptionForItsMovement()
    {
        var rising = Enumerable.Range(0, 13).Select(i => Plain(September.Plus(i - 12).Code, 500 + (40 * i))).ToArray();
        var entry = Entry(Indicator("Referrals", unit: Unit.Count, polarity: Polarity.Neutral, decimals: 0), rising);

        Assert.Equal(TrendDirection.Rising, entry.Benchmark.Last12!.Direction);
        Assert.Empty(ExceptionRanking.ReasonsFor(entry));
    }

    [Fact]
    public void Rank_CapsTheListAndCountsTheRest()
    {
        var entries = Enumerable.Range(1, 11).Select(i => Entry(Indicator($"Red {i:00}", target: ">=80"), ("2019-09", 50))).ToList();

        var ranked = ExceptionRanking.Rank(entries, maximum: 8);

        Assert.Equal(8, ranked.Shown.Count);
        Assert.Equal(3, ranked.NotShown);
        Assert.Equal(11, ranked.Total);
        Assert.Equal(8, ExceptionRanking.Rank(entries).Shown.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => ExceptionRanking.Rank(entries, maximum: 0));
    }

    [Fact]
    public void Rank_BreaksTiesByNumberOfReasonsThenCatalogueOrder()
    {
        var first = Entry(Indicator("B first in catalogue", target: ">=80"), ("2019-09", 50));
        var second = Entry(Indicator("A second in catalogue", target: ">=80"), ("2019-09", 50));
        var falling = Enumerable.Range(0, 12).Select(i => Plain(September.Plus(i - 11).Code, 75 - i)).ToArray();
        var third = Entry(Indicator("C red and falling", target: ">=80"), falling);
        var trendOnly = Entry(Indicator("D falling only"), falling);

        var ranked = ExceptionRanking.Rank([trendOnly, first, second, third]);

        Assert.Equal(["C red and falling", "B first in catalogue", "A second in catalogue", "D falling only"], Names(ranked));
        Assert.Equal([ExceptionReasonKind.OffTarget, ExceptionReasonKind.AdverseTrend], ranked.Shown[0].Reasons.Select(r => r.Kind));
    }

    [Fact]
    public void ReasonsFor_NoFigure_IsNotAnException()
    {
        var entry = Entry(Indicator(target: ">=80"), ("2019-08", 50));

        Assert.Empty(ExceptionRanking.ReasonsFor(entry));
    }

    [Fact]
    public void TargetWording_WritesTheGapWithItsUnit()
    {
        var indicator = Indicator(unit: Unit.Days, polarity: Polarity.LowerIsBetter, target: "<=426", decimals: 0);

        Assert.Equal("31 days above the target of no more than 426 days", TargetWording.Standing(TargetAssessment.Of(indicator.Target!, 457, 0), indicator));
    }

    // 20.0% rising by a point a month to 32.0%, lower is better: mean 26.0%, average moving range 1, upper limit 28.66%.
    // Without process limits that is a worsening trend; with them the four figures beyond the upper limit say so instead.
    [Fact]
    public void ReasonsFor_ASeriesWithProcessLimits_UsesItsSignalInsteadOfTheTrend()
    {
        var indicator = Indicator("Re-referrals", polarity: Polarity.LowerIsBetter);
        var figures = Enumerable.Range(0, 13).Select(i => Plain(Month("2018-09").Plus(i).Code, 20 + i)).ToArray();
        var plain = Entry(indicator, figures);
        var withSpc = plain with { Spc = Domain.Statistics.Spc.SpcAnalyser.Analyse(indicator, September, Series(figures)) };

        Assert.Contains(ExceptionRanking.ReasonsFor(plain), r => r.Kind == ExceptionReasonKind.AdverseTrend);
        var reason = Assert.Single(ExceptionRanking.ReasonsFor(withSpc));
        Assert.Equal(ExceptionReasonKind.ConcerningVariation, reason.Kind);
        Assert.Equal("Special cause variation of a concerning nature: four months in a row above the upper process limit of 28.7%, June 2019 to September 2019, the latest 32.0%.", reason.Text);
        Assert.Equal(2, new ReportException(withSpc, [reason]).Tier);
    }

    private static IndicatorEntry Entry(Indicator indicator, params (string Period, decimal Value)[] figures) =>
        Entry(indicator, ComparatorSet.Empty, figures.Select(f => Plain(f.Period, f.Value)).ToArray());

    private static IndicatorEntry Entry(Indicator indicator, params Observation[] figures) => Entry(indicator, ComparatorSet.Empty, figures);

    private static IndicatorEntry Entry(Indicator indicator, ComparatorSet comparators, params Observation[] figures)
    {
        var analysis = IndicatorAnalyser.Analyse(indicator, September, Series(figures));
        return new IndicatorEntry(analysis, string.Empty) { Benchmark = Benchmarker.For(analysis, comparators, BenchmarkOptions.Default) };
    }

    private static Observation Plain(string period, decimal value) => Figure(period, value);

    private static Observation Counted(string period, int numerator, int denominator) =>
        new("TEST_ID", Month(period), Observation.WholeAuthority, Math.Round(100m * numerator / denominator, 1), ObservationStatus.Validated, numerator, denominator);

    private static List<string> Names(ExceptionList list) => list.Shown.Select(e => e.Entry.Analysis.Indicator.Name).ToList();
}

using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Narrative;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Tests.Comparators;

/// <summary>The council's latest figure placed among all authorities' published figures for the comparators' year.</summary>
public sealed class DistributionPositionTests
{
    private static readonly ReportingPeriod Year2018 = ReportingPeriod.FinancialYear(2018);
    private static readonly ReportingPeriod September2019 = ReportingPeriod.Month(2019, 9);

    // Eight authorities: 10, 12, 12, 15, 18, 20, 20, 25 (sorted). QUARTILE.INC: Q1 12, median 16.5, Q3 20
    // (worked in QuartileBandingTests); lowest 10, highest 25.
    private static readonly PublishedDistribution Eight = PublishedDistribution.Of("TEST_ID", Year2018, [20m, 12m, 25m, 10m, 18m, 12m, 15m, 20m])!;

    [Fact]
    public void Of_EightAuthorities_GivesCountExtremesAndExcelQuartiles()
    {
        Assert.Equal(8, Eight.Count);
        Assert.Equal([10m, 12m, 16.5m, 20m, 25m], Eight.FiveNumbers);
    }

    [Fact]
    public void Of_FewerThanFourFigures_GivesNone() =>
        Assert.Null(PublishedDistribution.Of("TEST_ID", Year2018, [1m, 2m, 3m]));

    [Fact]
    public void New_QuartilesOutOfOrder_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new PublishedDistribution("TEST_ID", Year2018, 8, 10m, 17m, 16.5m, 20m, 25m));

    // A figure on a boundary goes to the better band; neutral ones to the higher quarter, with no band at all.
    [Theory]
    [InlineData("25", Polarity.HigherIsBetter, "A", 1, 0)]
    [InlineData("20", Polarity.HigherIsBetter, "A", 1, 0)]
    [InlineData("19.9", Polarity.HigherIsBetter, "B", 2, 0)]
    [InlineData("16.5", Polarity.HigherIsBetter, "B", 2, 0)]
    [InlineData("16.4", Polarity.HigherIsBetter, "C", 3, 0)]
    [InlineData("12", Polarity.HigherIsBetter, "C", 3, 0)]
    [InlineData("11.9", Polarity.HigherIsBetter, "D", 4, 0)]
    [InlineData("30", Polarity.HigherIsBetter, "A", 1, 1)]
    [InlineData("5", Polarity.HigherIsBetter, "D", 4, -1)]
    [InlineData("5", Polarity.LowerIsBetter, "A", 4, -1)]
    [InlineData("12", Polarity.LowerIsBetter, "A", 4, 0)]
    [InlineData("12.1", Polarity.LowerIsBetter, "B", 3, 0)]
    [InlineData("16.5", Polarity.LowerIsBetter, "B", 3, 0)]
    [InlineData("16.6", Polarity.LowerIsBetter, "C", 2, 0)]
    [InlineData("20", Polarity.LowerIsBetter, "C", 2, 0)]
    [InlineData("20.1", Polarity.LowerIsBetter, "D", 1, 0)]
    [InlineData("20", Polarity.Neutral, null, 1, 0)]
    [InlineData("16.5", Polarity.Neutral, null, 2, 0)]
    [InlineData("12", Polarity.Neutral, null, 3, 0)]
    [InlineData("11", Polarity.Neutral, null, 4, 0)]
    public void Of_BandsByPolarityWithBoundariesToTheBetterBand(string value, Polarity polarity, string? band, int quarterFromTop, int outside)
    {
        var position = DistributionPosition.Of(Eight, September2019, Build.D(value), polarity);

        Assert.Equal(band, position.Band?.ToString());
        Assert.Equal(quarterFromTop, position.QuarterFromTop);
        Assert.Equal(outside, position.Outside);
    }

    [Fact]
    public void Sentence_MonthlyFigureAgainstAnEarlierYear_GivesBandQuartilesWithUnitsAndSaysThePeriodsDiffer()
    {
        var position = DistributionPosition.Of(Eight, September2019, 18m, Polarity.HigherIsBetter);

        var sentence = PositionWording.Sentence(position, Build.Indicator());

        Assert.Equal(
            "Band B: the council's September 2019 figure of 18.0% is in the second-highest quarter of the 8 local authorities' published figures for 2018/19 " +
            "(lowest 10.0%, lower quartile 12.0%, median 16.5%, upper quartile 20.0%, highest 25.0%). " +
            "The authorities' figures are the latest published, for 2018/19, a period earlier than the council's September 2019 figure, so the band is a guide, not a published ranking.",
            sentence);
        Assert.Equal("Sep 2019 figure against the 8 authorities' published figures for 2018/19", PositionWording.Title(position, Build.Indicator()));
    }

    [Fact]
    public void Sentence_ContextMeasure_GivesNoBandAndNoJudgement()
    {
        var indicator = Build.Indicator("Referrals per 10,000 children", Unit.RatePer10000, Polarity.Neutral);
        var position = DistributionPosition.Of(Eight, September2019, 26m, Polarity.Neutral);

        var sentence = PositionWording.Sentence(position, indicator);

        Assert.StartsWith("No band is given for a context measure: the council's September 2019 figure of 26.0 per 10,000 children is higher than every one of the 8 local authorities'", sentence, StringComparison.Ordinal);
        Assert.Contains("so the position is a guide", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("best", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("worst", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentence_AnnualFigureForThePublishedYear_HasNoPeriodCaveat()
    {
        var indicator = Build.Indicator(frequency: Frequency.Annual);
        var position = DistributionPosition.Of(Eight, Year2018, 11m, Polarity.HigherIsBetter);

        Assert.Null(PositionWording.Caveat(position, indicator));
        Assert.StartsWith("Band D (worst quartile): the council's 2018/19 figure of 11.0% is in the lowest quarter", PositionWording.Sentence(position, indicator), StringComparison.Ordinal);
    }

    [Fact]
    public void Benchmark_UsesTheDistributionOfTheComparatorsYear_NotAnother()
    {
        var older = PublishedDistribution.Of("TEST_ID", Year2018.Previous, [1m, 2m, 3m, 4m])!;
        var set = new ComparatorSet("336", "2025", [new Comparator("TEST_ID", ComparatorKind.England, "England", Year2018, 17m)], []) { Distributions = [older, Eight] };

        var benchmark = Benchmarker.For(Analyse(18m), set, BenchmarkOptions.Default);

        Assert.Same(Eight, benchmark.AmongAuthorities?.Distribution);
        Assert.Equal(QuartileBand.B, benchmark.AmongAuthorities?.Band);
    }

    [Fact]
    public void Benchmark_TooFewCasesToJudge_GivesNoPosition()
    {
        var set = new ComparatorSet("336", "2025", [new Comparator("TEST_ID", ComparatorKind.England, "England", Year2018, 17m)], []) { Distributions = [Eight] };

        var benchmark = Benchmarker.For(Analyse(18m, numerator: 2, denominator: 11), set, BenchmarkOptions.Default);

        Assert.True(benchmark.TooFewToJudge);
        Assert.Null(benchmark.AmongAuthorities);
    }

    [Fact]
    public void Benchmark_NoDistributionStored_GivesNoPosition()
    {
        var set = new ComparatorSet("336", "2025", [new Comparator("TEST_ID", ComparatorKind.England, "England", Year2018, 17m)], []);

        Assert.Null(Benchmarker.For(Analyse(18m), set, BenchmarkOptions.Default).AmongAuthorities);
    }

    private static IndicatorAnalysis Analyse(decimal value, decimal? numerator = null, decimal? denominator = null) =>
        IndicatorAnalyser.Analyse(Build.Indicator(), September2019, Build.Series(
            new Observation("TEST_ID", September2019, Observation.WholeAuthority, value, ObservationStatus.Validated, numerator, denominator)));
}

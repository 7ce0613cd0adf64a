using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Narrative;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using static ScrutinyReports.Domain.Tests.Build;

namespace ScrutinyReports.Domain.Tests.Comparators;

public class ComparisonWriterTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.FinancialYear(2018);

    [Theory]
    [InlineData(Polarity.HigherIsBetter, 310, 400, "is significantly higher (better) than England's 2018/19 figure of 60.0%")]
    [InlineData(Polarity.LowerIsBetter, 310, 400, "is significantly higher (worse) than England's 2018/19 figure of 60.0%")]
    [InlineData(Polarity.Neutral, 310, 400, "is significantly higher than England's 2018/19 figure of 60.0%")]
    [InlineData(Polarity.HigherIsBetter, 26, 40, "is not significantly different from England's 2018/19 figure of 60.0%")]
    [InlineData(Polarity.HigherIsBetter, 5, 8, "rests on fewer than 30 cases, so there is not enough data to judge it against comparators")]
    public void Describe_JudgesAgainstEnglandByPolarityAndSampleSize(Polarity polarity, int numerator, int denominator, string expected)
    {
        var indicator = Indicator(polarity: polarity);
        var figure = new Observation("TEST_ID", Month("2019-09"), "", Math.Round(100m * numerator / denominator, 1), ObservationStatus.Validated, numerator, denominator);
        var analysis = IndicatorAnalyser.Analyse(indicator, Month("2019-09"), Series(figure));
        var set = new ComparatorSet("336", "2025", [new Comparator("TEST_ID", ComparatorKind.England, "England", Year, 60.0m)], []);

        var text = ComparisonWriter.Describe(analysis, Benchmarker.For(analysis, set, BenchmarkOptions.Default), BenchmarkOptions.Default);

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.StartsWith("Comparators for 2018/19: England 60.0%.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_NoComparatorPublishedByThen_SaysNothingAboutComparators()
    {
        var analysis = IndicatorAnalyser.Analyse(Indicator(), Month("2019-09"), Series(Figure("2019-09", 77.5m)));
        var later = new ComparatorSet("336", "2025", [new Comparator("TEST_ID", ComparatorKind.England, "England", ReportingPeriod.FinancialYear(2019), 60.0m)], []);

        var benchmark = Benchmarker.For(analysis, later, BenchmarkOptions.Default);

        Assert.Empty(benchmark.Comparators);
        Assert.DoesNotContain("England", ComparisonWriter.Describe(analysis, benchmark, BenchmarkOptions.Default), StringComparison.Ordinal);
    }
}

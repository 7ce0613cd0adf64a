using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Comparators;

/// <summary>
/// Works out an indicator's <see cref="Benchmark"/>. Intervals follow OHID Fingertips: Wilson score for
/// percentages; Byar's method (exact Poisson below 10 events) for rates, with the numerator as the count and the
/// denominator as the population. Pure and thread-safe.
/// </summary>
public static class Benchmarker
{
    public static Benchmark For(IndicatorAnalysis analysis, ComparatorSet comparators, BenchmarkOptions options)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(comparators);
        ArgumentNullException.ThrowIfNull(options);
        var (chosen, position) = comparators.For(analysis.Indicator.Id, analysis.Period);
        var current = analysis.Current;
        var tooFew = current?.Denominator is { } denominator && denominator < options.MinimumDenominator;
        var interval = tooFew ? null : IntervalOf(current, analysis.Indicator);
        var england = chosen.FirstOrDefault(c => c.Kind == ComparatorKind.England)?.Value;
        var earlierInterval = IntervalOf(analysis.YearAgo.Earlier, analysis.Indicator);
        var series = analysis.History
            .Where(point => point.Observation?.Value is not null)
            .Select(point => new PeriodValue(point.Period, (double)analysis.Indicator.Round(point.Observation!.Value!.Value)))
            .ToList();
        var extreme = series.Count == 0 || series[^1].Period != analysis.Period
            ? null
            : SeriesExtreme.Highest(series) ?? SeriesExtreme.Lowest(series);
        return new Benchmark(
            chosen,
            position,
            interval,
            interval is not null && england is { } e ? SignificanceTest.AgainstComparator(interval, (double)e) : null,
            interval is not null && earlierInterval is not null ? SignificanceTest.Change(earlierInterval, interval) : null,
            tooFew,
            series.Count == 0 ? null : Trend.Over(series, 6),
            series.Count == 0 ? null : Trend.Over(series, 12),
            extreme)
        {
            AmongAuthorities = tooFew ? null : DistributionPosition.For(analysis, chosen, comparators.Distributions),
        };
    }

    private static ConfidenceInterval? IntervalOf(Observation? observation, Indicator indicator)
    {
        if (observation is not { Numerator: { } numerator, Denominator: { } denominator } || denominator <= 0 || numerator < 0 ||
            numerator != decimal.Truncate(numerator) || numerator > denominator)
        {
            return null;
        }

        return indicator.Unit switch
        {
            Unit.Percent when denominator == decimal.Truncate(denominator) => ProportionInterval.Wilson((long)numerator, (long)denominator),
            Unit.RatePer1000 or Unit.RatePer10000 or Unit.RatePer100000 when indicator.Unit.PerDenominator() is { } scale =>
                RateInterval.For((long)numerator, (double)denominator, (double)scale),
            _ => null,
        };
    }
}

using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Statistics;
using ScrutinyReports.Domain.Statistics.Spc;

namespace ScrutinyReports.Domain.Narrative;

/// <summary>
/// Writes how a figure compares: every comparator with its figure and period (a monthly figure is compared with
/// the latest published year, and the text says so), statistical significance only where an interval exists, no
/// judgement for neutral indicators or when the figure rests on too few cases, and trend and "highest/lowest"
/// statements only where they are true.
/// </summary>
public static class ComparisonWriter
{
    /// <param name="spc">
    /// The indicator's SPC chart: where it has process limits, its signals are described instead of the last-12-periods
    /// trend; where it has too few figures for them, the text says so.
    /// </param>
    public static string Describe(IndicatorAnalysis analysis, Benchmark benchmark, BenchmarkOptions options, SpcAnalysis? spc = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(options);
        var indicator = analysis.Indicator;
        var sentences = new List<string>();
        var numbered = benchmark.Comparators.Where(c => c.Value is not null && c.Kind != ComparatorKind.PublishedLocal).ToList();
        if (numbered.Count > 0)
        {
            sentences.Add($"Comparators for {numbered[0].Period.Label}: {string.Join(", ", numbered.Select(c => Named(c, indicator)))}.");
        }

        if (analysis.Value is { } value)
        {
            if (benchmark.TooFewToJudge)
            {
                sentences.Add($"The figure rests on fewer than {options.MinimumDenominator} cases, so there is not enough data to judge it against comparators.");
            }
            else if (benchmark.AgainstEngland is { } significance && benchmark.England is { Value: { } england } englandFigure)
            {
                sentences.Add($"The {indicator.PeriodLabel(analysis.Period)} figure of {ValueFormatter.Value(value, indicator)} is {Significant(significance, indicator.Polarity)} England's {englandFigure.Period.Label} figure of {ValueFormatter.Value(indicator.Round(england), indicator)} (95% confidence interval {Interval(benchmark.Interval!, indicator)}).");
            }
        }

        if (benchmark.Position is { } position && benchmark.Comparators.FirstOrDefault(c => c.Kind == ComparatorKind.PublishedLocal) is { Value: { } own })
        {
            sentences.Add($"The council's own published figure for {position.Period.Label} was {ValueFormatter.Value(indicator.Round(own), indicator)}, in {position.Label}, ranked {position.Rank} of {position.Count} authorities{(indicator.Polarity == Polarity.Neutral ? " from the highest" : string.Empty)}.");
        }

        if (!benchmark.TooFewToJudge && benchmark.AgainstYearAgo is { } change && change != Significance.NotSignificantlyDifferent)
        {
            sentences.Add($"The change from {indicator.PeriodLabel(analysis.YearAgo.Period)} is statistically significant.");
        }

        if (spc is { Qualifies: true })
        {
            sentences.Add(SpcWording.Sentences(spc));
        }
        else if (TrendWording.Sentence(benchmark.Last12, indicator) is { } trendSentence)
        {
            sentences.Add(trendSentence);
        }

        if (benchmark.Extreme is { } extreme && analysis.Value is not null)
        {
            sentences.Add(Extreme(extreme, indicator));
        }

        if (spc is { Qualifies: false })
        {
            sentences.Add(SpcWording.Sentences(spc));
        }

        return string.Join(" ", sentences);
    }

    private static string Named(Comparator comparator, Indicator indicator)
    {
        var figure = ValueFormatter.Value(indicator.Round(comparator.Value!.Value), indicator);
        return comparator.Kind switch
        {
            ComparatorKind.SnMean => $"statistical neighbours' mean {figure} ({comparator.N} of {comparator.N + (comparator.LeftOut ?? 0)} with a figure)",
            ComparatorKind.SnMedian => $"statistical neighbours' median {figure}",
            _ => $"{comparator.Name} {figure}",
        };
    }

    private static string Significant(Significance significance, Polarity polarity) => (significance, polarity) switch
    {
        (Significance.NotSignificantlyDifferent, _) => "not significantly different from",
        (Significance.SignificantlyHigher, Polarity.HigherIsBetter) => "significantly higher (better) than",
        (Significance.SignificantlyHigher, Polarity.LowerIsBetter) => "significantly higher (worse) than",
        (Significance.SignificantlyLower, Polarity.HigherIsBetter) => "significantly lower (worse) than",
        (Significance.SignificantlyLower, Polarity.LowerIsBetter) => "significantly lower (better) than",
        (Significance.SignificantlyHigher, _) => "significantly higher than",
        _ => "significantly lower than",
    };

    private static string Interval(ConfidenceInterval interval, Indicator indicator) =>
        $"{ValueFormatter.Number(indicator.Round((decimal)interval.Lower), indicator.Decimals)} to {ValueFormatter.Value(indicator.Round((decimal)interval.Upper), indicator)}";

    private static string Extreme(SeriesExtreme extreme, Indicator indicator)
    {
        var which = extreme.Kind == ExtremeKind.Highest ? "highest" : "lowest";
        var joint = extreme.Joint ? "joint " : string.Empty;
        return extreme.LastBeyond is { } beyond
            ? $"It is the {joint}{which} figure since {indicator.PeriodLabel(beyond.Period)}, when it was {ValueFormatter.Value(indicator.Round((decimal)beyond.Value), indicator)}."
            : $"It is the {joint}{which} of the {extreme.EarlierValues + 1} figures since {indicator.PeriodLabel(extreme.Since)}.";
    }
}

using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Narrative;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Reports;

/// <summary>
/// Picks and ranks what a panel should scrutinise. An indicator with a figure is an exception when it is off target
/// (red, or amber even if it improved); or, for an indicator with a polarity, when it is significantly worse than
/// England, worse than a year earlier by more than noise (significantly where a test exists, otherwise by more than
/// twice its usual period-to-period spread, see <see cref="ChangeSpread"/>), or on an adverse 12-period trend that
/// the last 6 periods have not reversed. Where a series has SPC process limits, a latest figure of special cause
/// variation of a concerning nature replaces both the spread test and the trend. Context (neutral) measures are never exceptions for how they moved, and
/// nothing is judged against comparators or a year ago when the figure rests on too few cases. Ranking: red, then
/// amber, then significant worsening, then trend; within a group, indicators with more reasons first, then catalogue
/// order. Pure and thread-safe.
/// </summary>
public static class ExceptionRanking
{
    /// <summary>How many exceptions a report lists when the panel does not say: 8.</summary>
    public const int DefaultMaximum = 8;

    public static ExceptionList Rank(IEnumerable<IndicatorEntry> entries, int maximum = DefaultMaximum)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 1);
        var all = entries
            .Select((entry, order) => (Exception: new ReportException(entry, ReasonsFor(entry)), Order: order))
            .Where(item => item.Exception.Reasons.Count > 0)
            .OrderBy(item => item.Exception.Tier)
            .ThenByDescending(item => item.Exception.Reasons.Count)
            .ThenBy(item => item.Order)
            .Select(item => item.Exception)
            .ToList();
        return new ExceptionList(all.Take(maximum).ToList(), Math.Max(0, all.Count - maximum));
    }

    /// <summary>Every reason the indicator needs scrutiny, most serious first; empty when it does not.</summary>
    public static IReadOnlyList<ExceptionReason> ReasonsFor(IndicatorEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var analysis = entry.Analysis;
        var indicator = analysis.Indicator;
        var reasons = new List<ExceptionReason>();
        if (analysis.Value is not { } value)
        {
            return reasons;
        }

        var shown = $"{ValueFormatter.Value(value, indicator)} in {indicator.PeriodLabel(analysis.Period)}";
        if (analysis.Target is { Met: false } target)
        {
            reasons.Add(analysis.Rag == Rag.Red
                ? new ExceptionReason(ExceptionReasonKind.OffTarget, $"Red, off target: {shown}, {TargetWording.Standing(target, indicator)}.")
                : new ExceptionReason(ExceptionReasonKind.CloseToTarget, $"Amber, close to target: {shown}, {TargetWording.Standing(target, indicator)}, within the amber tolerance of {ValueFormatter.Change(target.Tolerance, indicator)}."));
        }

        if (indicator.Polarity == Polarity.Neutral)
        {
            return reasons;
        }

        var benchmark = entry.Benchmark;
        if (!benchmark.TooFewToJudge && IsWorse(benchmark.AgainstEngland, indicator.Polarity) && benchmark.England is { Value: { } england } figure)
        {
            reasons.Add(new ExceptionReason(ExceptionReasonKind.WorseThanEngland,
                $"Significantly worse than England: {shown} against England's {figure.Period.Label} figure of {ValueFormatter.Value(indicator.Round(england), indicator)}."));
        }

        if (YearAgoReason(entry, shown) is { } yearAgo)
        {
            reasons.Add(yearAgo);
        }

        // Where a series has process limits its signals say whether it changed; the fitted trend and the spread test do not.
        if (entry.QualifyingSpc is { } spc)
        {
            if (SpcWording.IsConcerning(spc.Variation) && spc.LatestSignal is { } signal)
            {
                reasons.Add(new ExceptionReason(ExceptionReasonKind.ConcerningVariation,
                    $"Special cause variation of a concerning nature: {SpcWording.Signal(signal, spc)}."));
            }
        }
        else if (TrendReason(analysis, benchmark) is { } trend)
        {
            reasons.Add(trend);
        }

        return reasons;
    }

    /// <summary>
    /// Whether an indicator's change from a year earlier, either way, is more than noise: statistically significant
    /// where numerator and denominator allow a test, otherwise more than twice its usual period-to-period spread.
    /// Never for a context measure, a figure on too few cases, or an annual indicator (its year earlier is its previous period).
    /// </summary>
    public static bool IsYearChangeReal(IndicatorEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return YearChange(entry) != YearChangeTest.Noise;
    }

    private static YearChangeTest YearChange(IndicatorEntry entry)
    {
        var analysis = entry.Analysis;
        var yearAgo = analysis.YearAgo;
        if (entry.Benchmark.TooFewToJudge || analysis.Indicator.Polarity == Polarity.Neutral || yearAgo.Change is not { } change || change == 0
            || yearAgo.Period == analysis.Previous.Period)
        {
            return YearChangeTest.Noise;
        }

        if (entry.Benchmark.AgainstYearAgo is { } significance)
        {
            return significance == Significance.NotSignificantlyDifferent ? YearChangeTest.Noise : YearChangeTest.Significant;
        }

        if (entry.QualifyingSpc is not null)
        {
            return YearChangeTest.Noise;
        }

        return ChangeSpread.IsBeyond(change, ChangeSpread.Of(analysis.History, analysis.Indicator)) ? YearChangeTest.BeyondSpread : YearChangeTest.Noise;
    }

    private static ExceptionReason? YearAgoReason(IndicatorEntry entry, string shown)
    {
        var analysis = entry.Analysis;
        var yearAgo = analysis.YearAgo;
        var indicator = analysis.Indicator;
        if (yearAgo.Direction != Direction.Worsened)
        {
            return null;
        }

        var how = YearChange(entry) switch
        {
            YearChangeTest.Significant when IsWorse(entry.Benchmark.AgainstYearAgo, indicator.Polarity) => "Significantly worse than a year earlier",
            YearChangeTest.BeyondSpread => $"Worse than a year earlier by more than its usual change from one {PeriodWord(indicator.Frequency)} to the next",
            _ => null,
        };
        if (how is null)
        {
            return null;
        }

        var change = yearAgo.Change!.Value;
        var then = ValueFormatter.Value(yearAgo.EarlierValue!.Value, indicator);
        return new ExceptionReason(ExceptionReasonKind.WorseThanYearAgo,
            $"{how}: {(change > 0 ? "up" : "down")} from {then} in {indicator.PeriodLabel(yearAgo.Period)} to {shown}, {(change > 0 ? "a rise" : "a fall")} of {ValueFormatter.Change(change, indicator)}.");
    }

    private static ExceptionReason? TrendReason(IndicatorAnalysis analysis, Benchmark benchmark)
    {
        var indicator = analysis.Indicator;
        if (benchmark.Last12 is not { } trend || !IsAdverse(trend.Direction, indicator.Polarity)
            || (benchmark.Last6 is { } recent && recent.Direction != trend.Direction && recent.Direction is TrendDirection.Rising or TrendDirection.Falling))
        {
            return null;
        }

        var rising = trend.Direction == TrendDirection.Rising;
        var points = analysis.History
            .Where(point => point.Period >= trend.From && point.Period <= trend.To && point.Observation?.Value is not null)
            .Select(point => (point.Period, Value: indicator.Round(point.Observation!.Value!.Value)))
            .ToList();
        var span = TrendWording.Figures(trend, indicator);
        // The endpoints are quoted only when they move the way the fitted line does, so the words never contradict the figures.
        var figures = points.Count >= 2 && (points[^1].Value > points[0].Value) == rising && points[^1].Value != points[0].Value
            ? $", from {ValueFormatter.Value(points[0].Value, indicator)} in {indicator.PeriodLabel(points[0].Period)} to {ValueFormatter.Value(points[^1].Value, indicator)} in {indicator.PeriodLabel(points[^1].Period)}"
            : string.Empty;
        return new ExceptionReason(ExceptionReasonKind.AdverseTrend,
            $"Worsening trend: {(rising ? "rising" : "falling")} over {span}{figures}.");
    }

    private static bool IsWorse(Significance? significance, Polarity polarity) => (significance, polarity) switch
    {
        (Significance.SignificantlyHigher, Polarity.LowerIsBetter) or (Significance.SignificantlyLower, Polarity.HigherIsBetter) => true,
        _ => false,
    };

    private static bool IsAdverse(TrendDirection direction, Polarity polarity) => (direction, polarity) switch
    {
        (TrendDirection.Rising, Polarity.LowerIsBetter) or (TrendDirection.Falling, Polarity.HigherIsBetter) => true,
        _ => false,
    };

    private static string PeriodWord(Frequency frequency) => frequency switch
    {
        Frequency.Monthly => "month",
        Frequency.Quarterly => "quarter",
        _ => "year",
    };

    private enum YearChangeTest
    {
        Noise,
        Significant,
        BeyondSpread,
    }
}

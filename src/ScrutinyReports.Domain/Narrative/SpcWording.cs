using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics.Spc;

namespace ScrutinyReports.Domain.Narrative;

/// <summary>
/// Says in words what an SPC chart shows: the variation and assurance icons' text equivalents and the sentences that
/// replace the last-12-periods trend for a series with process limits. Every figure has its period and unit.
/// </summary>
public static class SpcWording
{
    private static readonly string[] Numbers = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>The variation icon's text equivalent: "Special cause variation of a concerning nature (higher)".</summary>
    public static string Variation(VariationIcon icon) => icon switch
    {
        VariationIcon.CommonCause => "Common cause variation",
        VariationIcon.ImprovingHigh => "Special cause variation of an improving nature (higher)",
        VariationIcon.ImprovingLow => "Special cause variation of an improving nature (lower)",
        VariationIcon.ConcerningHigh => "Special cause variation of a concerning nature (higher)",
        VariationIcon.ConcerningLow => "Special cause variation of a concerning nature (lower)",
        VariationIcon.NeutralHigh => "Special cause: higher",
        _ => "Special cause: lower",
    };

    /// <summary>The assurance icon's text equivalent.</summary>
    public static string Assurance(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPass => "Will consistently meet the target",
        AssuranceIcon.ConsistentlyFail => "Will consistently fail the target",
        AssuranceIcon.HitAndMiss => "Will hit and miss the target at random",
        _ => "No target to assure against",
    };

    /// <summary>The rule in words, for tables and the spreadsheet.</summary>
    public static string Rule(SpcRule rule) => rule switch
    {
        SpcRule.BeyondLimit => "Beyond a process limit",
        SpcRule.RunOnOneSide => $"{SpcConstants.RunLength} or more in a row on one side of the average",
        SpcRule.Trend => $"{SpcConstants.TrendLength} or more in a row each rising or each falling",
        _ => "Two of three close to a process limit",
    };

    /// <summary>The sentences about the chart: its variation, with the signal behind it, and its assurance against the target.</summary>
    public static string Sentences(SpcAnalysis spc)
    {
        ArgumentNullException.ThrowIfNull(spc);
        var indicator = spc.Indicator;
        if (!spc.Qualifies)
        {
            var since = spc.Current.Reason is { } why ? $" since the change of process in {indicator.PeriodLabel(spc.Current.From)} ({why})" : $" from {indicator.PeriodLabel(spc.Current.From)}";
            return $"There {(spc.Current.Figures == 1 ? "is" : "are")} {CountText.Of(spc.Current.Figures, "figure")}{since}: process limits need at least {SpcConstants.MinimumFigures}, so no statistical process control chart is drawn.";
        }

        var limits = spc.Limits;
        var name = indicator.Name;
        var baseline = spc.Current.Reason is { } reason
            ? $"since the change of process in {indicator.PeriodLabel(spc.Current.From)} ({reason})"
            : $"since {indicator.PeriodLabel(spc.Current.From)}";
        var variation = spc.LatestSignal is { } signal
            ? $"{name} {(indicator.Polarity == Polarity.Neutral ? "shows special cause variation, " + (signal.Side == SpcSide.Higher ? "higher" : "lower") : "shows special cause variation of " + (IsImproving(spc.Variation) ? "an improving" : "a concerning") + " nature")}: {Signal(signal, spc)}."
            : $"{name} shows common cause variation: {baseline} its figures have varied at random around an average of {Value(limits.Mean, indicator)}, within process limits of {Value(limits.Lower, indicator)} to {Value(limits.Upper, indicator)}.";
        if (spc.LatestSignal is not null)
        {
            variation += $" The process limits {baseline} are {Value(limits.Lower, indicator)} to {Value(limits.Upper, indicator)}.";
        }

        if (spc.Assurance == AssuranceIcon.None)
        {
            return variation;
        }

        // Limits describe a stable process; once the latest figures are a special cause they may no longer describe it.
        var caveat = spc.LatestSignal is null ? string.Empty : " While the latest figures are a special cause, the process may have changed and this assurance is provisional.";
        return $"{variation} {AssuranceSentence(spc)}{caveat}";
    }

    /// <summary>What the assurance icon means for this target, in a sentence.</summary>
    public static string AssuranceSentence(SpcAnalysis spc)
    {
        ArgumentNullException.ThrowIfNull(spc);
        var indicator = spc.Indicator;
        var target = indicator.Target is { } t ? TargetWording.Of(t, indicator.Unit) : "the target";
        var limits = $"the process limits of {Value(spc.Limits.Lower, indicator)} to {Value(spc.Limits.Upper, indicator)}";
        return spc.Assurance switch
        {
            AssuranceIcon.ConsistentlyPass => $"Unless the process changes it will consistently meet {target}: every figure within {limits} meets it.",
            AssuranceIcon.ConsistentlyFail => $"Unless the process changes it will consistently fail {target}: it lies outside {limits}.",
            AssuranceIcon.HitAndMiss => $"It will hit and miss {target} at random: it lies within {limits}.",
            _ => string.Empty,
        };
    }

    public static bool IsImproving(VariationIcon icon) => icon is VariationIcon.ImprovingHigh or VariationIcon.ImprovingLow;

    public static bool IsConcerning(VariationIcon icon) => icon is VariationIcon.ConcerningHigh or VariationIcon.ConcerningLow;

    /// <summary>The signal in words with its periods: "seven months above the average of 22.9%, Sep 2024 to Mar 2025".</summary>
    public static string Signal(SpcSignal signal, SpcAnalysis spc)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(spc);
        var indicator = spc.Indicator;
        var limits = spc.Baselines.First(b => b.Contains(signal.Periods[0])).Limits!;
        var high = signal.Side == SpcSide.Higher;
        var count = Count(signal.Periods.Count, indicator.Frequency);
        var span = signal.Periods.Count == 1 ? indicator.PeriodLabel(signal.Periods[0]) : $"{indicator.PeriodLabel(signal.Periods[0])} to {indicator.PeriodLabel(signal.Last)}";
        var values = spc.Points.Where(p => signal.Periods.Contains(p.Period)).Select(p => p.Value!.Value).ToList();
        return signal.Rule switch
        {
            SpcRule.RunOnOneSide => $"{count} in a row {(high ? "above" : "below")} the average of {Value(limits.Mean, indicator)}, {span}",
            SpcRule.Trend => $"{count} in a row each {(high ? "higher" : "lower")} than the one before, from {Value(values[0], indicator)} in {indicator.PeriodLabel(signal.Periods[0])} to {Value(values[^1], indicator)} in {indicator.PeriodLabel(signal.Last)}",
            SpcRule.BeyondLimit when signal.Periods.Count == 1 => $"{Value(values[0], indicator)} in {span} is {(high ? "above the upper" : "below the lower")} process limit of {Value(high ? limits.Upper : limits.Lower, indicator)}",
            SpcRule.BeyondLimit => $"{count} in a row {(high ? "above the upper" : "below the lower")} process limit of {Value(high ? limits.Upper : limits.Lower, indicator)}, {span}, the latest {Value(values[^1], indicator)}",
            _ => $"figures close to the {(high ? "upper" : "lower")} process limit (beyond {Value(high ? limits.NearUpper : limits.NearLower, indicator)}) in two of three {(indicator.Frequency == Frequency.Quarterly ? "quarters" : "months")} in a row, {span}",
        };
    }

    private static string Count(int count, Frequency frequency)
    {
        var noun = frequency == Frequency.Quarterly ? "quarter" : "month";
        return $"{(count < Numbers.Length ? Numbers[count] : count.ToString(System.Globalization.CultureInfo.InvariantCulture))} {noun}{(count == 1 ? string.Empty : "s")}";
    }

    private static string Value(decimal value, Indicator indicator) => ValueFormatter.Value(indicator.Round(value), indicator);
}

using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Statistics.Spc;

/// <summary>
/// Builds XmR charts the way NHS England's "Making Data Count" and its R implementation, NHSRplotthedots, do: limits
/// per baseline (see <see cref="XmrLimits"/>), special causes by <see cref="SpcRule"/>, the variation icon from the
/// latest figure and the assurance icon from the current limits against the target. Figures are taken as the report
/// shows them (rounded to the indicator's decimals). Pure and thread-safe.
/// </summary>
public static class SpcAnalyser
{
    /// <summary>
    /// The chart for a monthly or quarterly indicator over up to <see cref="SpcConstants.MonthlyWindow"/> months or
    /// <see cref="SpcConstants.QuarterlyWindow"/> quarters ending at <paramref name="period"/>, starting at the first with a
    /// figure; null for an annual indicator or when no period has a figure. Suppressed and unavailable figures count as missing.
    /// Null too for a figure that covers more than its own period (a rolling 12 months, a three-year average): consecutive
    /// figures share most of their data, so they are not independent and runs would signal where nothing changed.
    /// </summary>
    public static SpcAnalysis? Analyse(Indicator indicator, ReportingPeriod period, IReadOnlyDictionary<ReportingPeriod, Observation> series)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(series);
        if (indicator.Window != MeasureWindow.Period)
        {
            return null;
        }

        var window = indicator.Frequency switch
        {
            Frequency.Monthly => SpcConstants.MonthlyWindow,
            Frequency.Quarterly => SpcConstants.QuarterlyWindow,
            _ => 0,
        };
        var figures = Enumerable.Range(0, window)
            .Select(back => period.Plus(back - window + 1))
            .Select(p => (Period: p, Value: series.GetValueOrDefault(p)?.Value is { } value ? indicator.Round(value) : (decimal?)null))
            .SkipWhile(point => point.Value is null)
            .ToList();
        return figures.Count == 0 ? null : Analyse(indicator, figures);
    }

    /// <summary>The chart of consecutive periods' figures (null where a period has none), oldest first.</summary>
    public static SpcAnalysis Analyse(Indicator indicator, IReadOnlyList<(ReportingPeriod Period, decimal? Value)> figures)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Count == 0)
        {
            throw new ArgumentException("An SPC chart needs at least one period.", nameof(figures));
        }

        for (var i = 1; i < figures.Count; i++)
        {
            if (figures[i].Period != figures[i - 1].Period.Plus(1))
            {
                throw new ArgumentException($"SPC figures must be for consecutive periods; {figures[i].Period} follows {figures[i - 1].Period}.", nameof(figures));
            }
        }

        var baselines = new List<SpcBaseline>();
        var signals = new List<SpcSignal>();
        var points = new List<SpcPoint>();
        foreach (var (part, reason) in Split(indicator, figures))
        {
            var count = part.Count(f => f.Value is not null);
            var limits = count >= SpcConstants.MinimumFigures ? XmrLimits.Of([.. part.Select(f => f.Value)]) : null;
            baselines.Add(new SpcBaseline(part[0].Period, part[^1].Period, reason, count, limits));
            if (limits is null)
            {
                points.AddRange(part.Select(f => new SpcPoint(f.Period, f.Value)));
                continue;
            }

            var found = SpcRules.Find(part, limits);
            signals.AddRange(found.Signals);
            points.AddRange(found.Points);
        }

        var current = baselines[^1].Limits;
        var latest = points.LastOrDefault(point => point.Value is not null);
        var variation = current is null || latest?.Side is not { } side ? VariationIcon.CommonCause : Variation(side, indicator.Polarity);
        var assurance = current is null || indicator.Target is not { } target ? AssuranceIcon.None : Assurance(current, target);
        return new SpcAnalysis(indicator, points, baselines, signals, variation, assurance);
    }

    public static VariationIcon Variation(SpcSide side, Polarity polarity) => (side, polarity) switch
    {
        (SpcSide.Higher, Polarity.HigherIsBetter) => VariationIcon.ImprovingHigh,
        (SpcSide.Lower, Polarity.LowerIsBetter) => VariationIcon.ImprovingLow,
        (SpcSide.Higher, Polarity.LowerIsBetter) => VariationIcon.ConcerningHigh,
        (SpcSide.Lower, Polarity.HigherIsBetter) => VariationIcon.ConcerningLow,
        (SpcSide.Higher, _) => VariationIcon.NeutralHigh,
        _ => VariationIcon.NeutralLow,
    };

    /// <summary>
    /// Every figure between the limits meets the target: consistently pass; none does: consistently fail; otherwise hit
    /// and miss. A bound exactly on a limit counts as inside it, as in NHSRplotthedots.
    /// </summary>
    public static AssuranceIcon Assurance(XmrLimits limits, Target target)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(target);
        var passesAll = (target.Minimum is not { } min || min < limits.Lower) && (target.Maximum is not { } max || max > limits.Upper);
        var failsAll = target.Minimum > limits.Upper || target.Maximum < limits.Lower;
        return passesAll ? AssuranceIcon.ConsistentlyPass : failsAll ? AssuranceIcon.ConsistentlyFail : AssuranceIcon.HitAndMiss;
    }

    // The figures cut at each declared change of process that falls after the first charted period.
    private static IEnumerable<(List<(ReportingPeriod Period, decimal? Value)> Part, string? Reason)> Split(Indicator indicator, IReadOnlyList<(ReportingPeriod Period, decimal? Value)> figures)
    {
        var starts = indicator.ProcessChanges.Items
            .Select(change => (Period: ReportingPeriod.Containing(change.From, indicator.Frequency), change.Reason))
            .ToList();
        var reason = starts.LastOrDefault(start => start.Period == figures[0].Period).Reason;
        var part = new List<(ReportingPeriod Period, decimal? Value)>();
        foreach (var figure in figures)
        {
            if (part.Count > 0 && starts.LastOrDefault(start => start.Period == figure.Period) is { Reason: { } next })
            {
                yield return (part, reason);
                part = [];
                reason = next;
            }

            part.Add(figure);
        }

        yield return (part, reason);
    }
}

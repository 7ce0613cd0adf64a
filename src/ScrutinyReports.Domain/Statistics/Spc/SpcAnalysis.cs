using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Statistics.Spc;

/// <summary>
/// An indicator's statistical process control chart: every period charted (oldest first), the baselines the declared
/// changes of process divide it into, the special causes in each, and what the latest figure's variation and the
/// target assurance mean. <see cref="Qualifies"/> says whether the current baseline has the
/// <see cref="SpcConstants.MinimumFigures"/> figures limits need; when it does not, only the figures and baselines are set.
/// </summary>
public sealed record SpcAnalysis(
    Indicator Indicator,
    IReadOnlyList<SpcPoint> Points,
    IReadOnlyList<SpcBaseline> Baselines,
    IReadOnlyList<SpcSignal> Signals,
    VariationIcon Variation,
    AssuranceIcon Assurance)
{
    public SpcBaseline Current => Baselines[^1];

    public bool Qualifies => Current.Limits is not null;

    /// <summary>The limits of the current baseline; only call when <see cref="Qualifies"/>.</summary>
    public XmrLimits Limits => Current.Limits ?? throw new InvalidOperationException($"{Indicator.Id} has too few figures since {Current.From} for process limits.");

    /// <summary>The latest charted period with a figure; null when none has one.</summary>
    public SpcPoint? Latest => Points.LastOrDefault(point => point.Value is not null);

    /// <summary>The special causes of the current baseline.</summary>
    public IEnumerable<SpcSignal> CurrentSignals => Signals.Where(signal => Current.Contains(signal.Periods[0]));

    /// <summary>The signal that marks the latest figure, by the same priority as its point; null for common cause.</summary>
    public SpcSignal? LatestSignal => Latest is { Rule: { } rule } latest
        ? Signals.LastOrDefault(signal => signal.Rule == rule && signal.Periods.Contains(latest.Period))
        : null;

    /// <summary>
    /// Whether the change into <paramref name="period"/> from the period right before it is the process's usual variation:
    /// <paramref name="period"/> is the latest charted figure and not part of a special cause, the point before it in the chart
    /// is the period before and has a figure in the current baseline (a missing period leaves no moving range), and the
    /// change between them is below the moving-range chart's upper limit, <see cref="XmrLimits.UpperRangeLimit"/>.
    /// </summary>
    public bool IsUsualChangeInto(ReportingPeriod period)
    {
        if (!Qualifies || Latest is not { Value: { } now } latest || latest.Period != period || latest.IsSpecialCause || LatestSignal is not null)
        {
            return false;
        }

        var index = Points.Count - 1;
        while (Points[index].Period != period)
        {
            index--;
        }

        return index > 0 && Points[index - 1] is { Value: { } before } previous && previous.Period == period.Previous && Current.Contains(previous.Period)
            && Math.Abs(now - before) < Limits.UpperRangeLimit;
    }

    public ReportingPeriod BaselineOf(ReportingPeriod period) => Baselines.Last(baseline => baseline.From <= period).From;
}

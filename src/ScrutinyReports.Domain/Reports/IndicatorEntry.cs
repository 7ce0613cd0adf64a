using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Narrative;

namespace ScrutinyReports.Domain.Reports;

/// <summary>
/// One indicator's part of a report: its analysis, the sentence written about it, how it stands against
/// comparators (<see cref="Benchmark"/>) and the sentences written about that (<see cref="Comparison"/>, empty when
/// there is nothing to compare with).
/// </summary>
public sealed record IndicatorEntry(IndicatorAnalysis Analysis, string Narrative)
{
    public Benchmark Benchmark { get; init; } = Benchmark.None;

    public string Comparison { get; init; } = string.Empty;

    /// <summary>The statistical process control chart of a monthly or quarterly indicator; null for annual ones or without figures.</summary>
    public Statistics.Spc.SpcAnalysis? Spc { get; init; }

    /// <summary>The chart when its current baseline has enough figures for process limits, otherwise null.</summary>
    public Statistics.Spc.SpcAnalysis? QualifyingSpc => Spc is { Qualifies: true } spc ? spc : null;

    /// <summary>Whether the change since the previous period is usual variation on the SPC chart (see <see cref="UsualVariation"/>).</summary>
    public bool PreviousChangeIsUsual => UsualVariation.Covers(Analysis, Spc);

    /// <summary>The breakdowns the panel configured for this indicator, one per dimension in the order configured.</summary>
    public IReadOnlyList<Breakdowns.BreakdownSection> Breakdowns { get; init; } = [];
}

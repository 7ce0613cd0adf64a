using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Statistics.Spc;

/// <summary>One special cause: the rule it meets, which way it points and the periods whose figures make it, oldest first.</summary>
public sealed record SpcSignal(SpcRule Rule, SpcSide Side, IReadOnlyList<ReportingPeriod> Periods)
{
    public ReportingPeriod Last => Periods[^1];
}

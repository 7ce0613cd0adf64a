using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Statistics.Spc;

/// <summary>
/// The periods of one process, <see cref="From"/> to <see cref="To"/>: the whole chart, or the part since (or before) a
/// declared change of process. <see cref="Reason"/> is the declared change that starts it, or null for the first.
/// <see cref="Limits"/> is null when it has fewer than <see cref="SpcConstants.MinimumFigures"/> figures.
/// </summary>
public sealed record SpcBaseline(ReportingPeriod From, ReportingPeriod To, string? Reason, int Figures, XmrLimits? Limits)
{
    public bool Contains(ReportingPeriod period) => period >= From && period <= To;
}

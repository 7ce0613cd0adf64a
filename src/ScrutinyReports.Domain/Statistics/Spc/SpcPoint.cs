using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Statistics.Spc;

/// <summary>
/// One period of an SPC chart: its figure as shown (null where none was received or it is withheld) and, when the
/// figure is part of a special cause, the rule that marks it (a limit first, then a trend, two of three, a run) and its side.
/// </summary>
public sealed record SpcPoint(ReportingPeriod Period, decimal? Value, SpcRule? Rule = null, SpcSide? Side = null)
{
    public bool IsSpecialCause => Rule is not null;
}

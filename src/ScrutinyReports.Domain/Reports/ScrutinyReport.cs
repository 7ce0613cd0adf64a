using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Reports;

/// <summary>
/// A panel's performance report for one month: every indicator of the catalogue, in catalogue order, those
/// without a figure included. <see cref="InputFingerprint"/> identifies the inputs (catalogue, figures, panel),
/// so a report is re-issued only when they change.
/// </summary>
public sealed record ScrutinyReport(
    Panel Panel,
    ReportingPeriod Period,
    DateTimeOffset GeneratedAt,
    string InputFingerprint,
    IReadOnlyList<IndicatorEntry> Indicators)
{
    public const int SchemaVersion = 1;

    /// <summary>For a re-issue, what changed since the previous version; null for a first version.</summary>
    public VersionChanges? ChangesSincePrevious { get; init; }

    /// <summary>Data-quality warnings about the figures the report shows, and revisions of its current figures.</summary>
    public DataQualityFindings DataQuality { get; init; } = DataQualityFindings.None;

    /// <summary>Where the comparators came from: the authority and the statistical neighbour model used.</summary>
    public Comparators.ComparatorSet Comparators { get; init; } = Domain.Comparators.ComparatorSet.Empty;

    /// <summary>The panel's recommendations, actions and questions as they stood at the meeting (empty when it keeps no log).</summary>
    public FollowUp.FollowUpSection FollowUp { get; init; } = Domain.FollowUp.FollowUpSection.None;

    /// <summary>The indicators that need scrutiny, ranked and capped at the panel's maximum (see <see cref="ExceptionRanking"/>).</summary>
    public ExceptionList Exceptions => ExceptionRanking.Rank(Indicators, Panel.MaxExceptions);

    /// <summary>Themes in the order their first indicator appears in the catalogue.</summary>
    public IEnumerable<IGrouping<string, IndicatorEntry>> Themes => Indicators.GroupBy(entry => entry.Analysis.Indicator.Theme);
}

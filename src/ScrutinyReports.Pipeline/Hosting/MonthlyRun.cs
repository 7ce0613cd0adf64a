using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Reports;

namespace ScrutinyReports.Pipeline.Hosting;

public enum MonthlyRunKind
{
    /// <summary>The schedule has no occurrence yet at this instant: nothing to publish.</summary>
    NotYetDue,

    /// <summary>The store has no catalogue yet (nothing was ever uploaded): nothing to publish, and the run stays due.</summary>
    NothingToPublish,

    /// <summary>An occurrence newer than the last recorded run was due (on time, late, or standing in for missed ones) and ran.</summary>
    Scheduled,

    /// <summary>
    /// The latest occurrence had already run; its month was published again, which makes a new version only where
    /// the inputs changed since (a correction uploaded after the 5th).
    /// </summary>
    Refresh,
}

/// <summary>A panel whose report could not be made, and why, in words a user can act on.</summary>
public sealed record PanelFailure(string PanelId, string Message);

/// <summary>
/// What one pass of <see cref="MonthlyPublication"/> did. <see cref="Occurrence"/> is the scheduled instant the pass
/// honoured and <see cref="Month"/> the month it reported on; <see cref="Missed"/> counts the occurrences that came
/// and went unrun before it (a late run stands in for them: only the latest complete month is published).
/// </summary>
public sealed record MonthlyRun(
    MonthlyRunKind Kind,
    DateTimeOffset AsOf,
    DateTimeOffset? Occurrence,
    ReportingPeriod? Month,
    int Missed,
    IReadOnlyList<PublishedReport> Published,
    IReadOnlyList<PanelFailure> Failures)
{
    public bool Succeeded => Failures.Count == 0;

    /// <summary>Report versions this pass created; empty when every report's inputs were unchanged.</summary>
    public IEnumerable<PublishedReport> NewVersions => Published.Where(report => report.IsNewVersion);
}

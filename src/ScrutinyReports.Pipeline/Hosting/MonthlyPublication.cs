using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Rendering.Html;

namespace ScrutinyReports.Pipeline.Hosting;

/// <summary>
/// Publishes each panel's report for the latest complete month on the report schedule. A pass finds the latest
/// scheduled occurrence up to now (UTC); if it is newer than the last recorded run (<see cref="LastRun"/>) the run
/// is due, whether on time or late after missed runs, and its month is the one before the occurrence's month. A pass
/// between occurrences publishes that same month again, which changes nothing unless figures were corrected since:
/// <see cref="ReportPublisher"/> makes a new version only when a report's inputs changed. Every pass is therefore
/// safe to repeat, and a timer that fires twice, late, or not at all is caught up by the next pass.
/// </summary>
/// <remarks>
/// Two passes at the same time on one store may race to record the same new version; the loser fails with the
/// store's error and its work is done again by the next pass.
/// </remarks>
public sealed class MonthlyPublication(IScrutinyStore store, ReportPublisher publisher, ReportSchedule schedule, TimeProvider clock)
{
    public ReportSchedule Schedule => schedule;

    public async Task<MonthlyRun> RunAsync(CancellationToken cancellationToken = default)
    {
        var asOf = clock.GetUtcNow();
        var latest = schedule.LatestBy(asOf);
        if (latest is not { } occurrence)
        {
            return new MonthlyRun(MonthlyRunKind.NotYetDue, asOf, null, null, 0, [], []);
        }

        var month = ReportSchedule.ReportMonthOf(occurrence);
        if ((await store.Catalogue.GetAsync(cancellationToken)).Count == 0)
        {
            return new MonthlyRun(MonthlyRunKind.NothingToPublish, asOf, occurrence, month, 0, [], []);
        }

        var last = await LastRun.ReadAsync(store.Files, cancellationToken);
        var due = last is null || occurrence > last.Occurrence;
        var missed = due && last is not null ? schedule.CountBetween(last.Occurrence, occurrence) : 0;
        var (published, failures) = await PublishAllAsync(month, cancellationToken);
        if (due && failures.Count == 0)
        {
            await new LastRun(occurrence, month.Code, asOf, schedule.Expression).WriteAsync(store.Files, cancellationToken);
        }

        return new MonthlyRun(due ? MonthlyRunKind.Scheduled : MonthlyRunKind.Refresh, asOf, occurrence, month, missed, published, failures);
    }

    // A panel that cannot be published (a broken template override) must not stop the others; storage failures still throw.
    private async Task<(List<PublishedReport>, List<PanelFailure>)> PublishAllAsync(ReportingPeriod month, CancellationToken cancellationToken)
    {
        var panels = await store.Panels.ListAsync(cancellationToken);
        var panelIds = panels.Count == 0 ? [null] : panels.Select(string? (panel) => panel.Id).ToList();
        var published = new List<PublishedReport>();
        var failures = new List<PanelFailure>();
        foreach (var panelId in panelIds)
        {
            try
            {
                published.Add(await publisher.PublishAsync(month, panelId, cancellationToken));
            }
            catch (Exception ex) when (ex is PipelineException or TemplateException)
            {
                failures.Add(new PanelFailure(panelId ?? Panel.Default.Id, ex.Message));
            }
        }

        return (published, failures);
    }
}

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
/// Two passes at the same time on one store may race to record the same new version of one panel; the loser fails
/// with the store's error and its work is done again by the next pass. Different panels never share a version, so
/// they are published side by side (<see cref="RunAsync(int, CancellationToken)"/>, or one queue message each).
/// </remarks>
public sealed class MonthlyPublication(IScrutinyStore store, ReportPublisher publisher, ReportSchedule schedule, TimeProvider clock)
{
    public ReportSchedule Schedule => schedule;

    public Task<MonthlyRun> RunAsync(CancellationToken cancellationToken = default) => RunAsync(1, cancellationToken);

    /// <summary>A whole pass on this machine, with up to <paramref name="parallel"/> panels' reports made at once.</summary>
    public async Task<MonthlyRun> RunAsync(int parallel, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        var plan = await PlanAsync(cancellationToken);
        if (!plan.HasWork)
        {
            return new MonthlyRun(plan.Kind, plan.AsOf, plan.Occurrence, plan.Month, plan.Missed, [], []);
        }

        var outcomes = new PanelOutcome[plan.PanelIds.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, outcomes.Length),
            new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            async (index, token) => outcomes[index] = await PublishPanelAsync(plan.Month!.Value, plan.PanelIds[index], token));
        var published = outcomes.Where(o => o.Published is not null).Select(o => o.Published!).ToList();
        var failures = outcomes.Where(o => o.Failure is not null).Select(o => o.Failure!).ToList();
        if (failures.Count == 0)
        {
            await RecordAsync(plan, cancellationToken);
        }

        return new MonthlyRun(plan.Kind, plan.AsOf, plan.Occurrence, plan.Month, plan.Missed, published, failures);
    }

    /// <summary>Decides what is due now, without publishing anything.</summary>
    public async Task<PublicationPlan> PlanAsync(CancellationToken cancellationToken = default)
    {
        var asOf = clock.GetUtcNow();
        var latest = schedule.LatestBy(asOf);
        if (latest is not { } occurrence)
        {
            return new PublicationPlan(MonthlyRunKind.NotYetDue, asOf, null, null, 0, []);
        }

        var month = ReportSchedule.ReportMonthOf(occurrence);
        if ((await store.Catalogue.GetAsync(cancellationToken)).Count == 0)
        {
            return new PublicationPlan(MonthlyRunKind.NothingToPublish, asOf, occurrence, month, 0, []);
        }

        var last = await LastRun.ReadAsync(store.Files, cancellationToken);
        var due = last is null || occurrence > last.Occurrence;
        var missed = due && last is not null ? schedule.CountBetween(last.Occurrence, occurrence) : 0;
        var panels = await store.Panels.ListAsync(cancellationToken);
        IReadOnlyList<string?> panelIds = panels.Count == 0 ? [null] : panels.Select(string? (panel) => panel.Id).ToList();
        return new PublicationPlan(due ? MonthlyRunKind.Scheduled : MonthlyRunKind.Refresh, asOf, occurrence, month, missed, panelIds);
    }

    /// <summary>
    /// Records a scheduled run as done, so later passes are refreshes. <c>serve</c> calls it once every panel was
    /// published; the Functions timer once every panel's message is on the queue, which then owns the work (a
    /// message that keeps failing is reported from the poison queue, and the next hourly refresh tries it again).
    /// </summary>
    public async Task RecordAsync(PublicationPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan is { Kind: MonthlyRunKind.Scheduled, Occurrence: { } occurrence, Month: { } month })
        {
            await new LastRun(occurrence, month.Code, plan.AsOf, schedule.Expression).WriteAsync(store.Files, cancellationToken);
        }
    }

    /// <summary>
    /// One panel's report for the month. A panel that cannot be published (a broken template override) is a failure
    /// in words a user can act on, and must not stop the others; storage failures still throw.
    /// </summary>
    public async Task<PanelOutcome> PublishPanelAsync(ReportingPeriod month, string? panelId, CancellationToken cancellationToken = default)
    {
        try
        {
            return new PanelOutcome(await publisher.PublishAsync(month, panelId, cancellationToken), null);
        }
        catch (Exception ex) when (ex is PipelineException or TemplateException)
        {
            return new PanelOutcome(null, new PanelFailure(panelId ?? Panel.Default.Id, ex.Message));
        }
    }
}

/// <summary>One panel's part of a pass: its report (new version or unchanged), or why it could not be made.</summary>
public sealed record PanelOutcome(PublishedReport? Published, PanelFailure? Failure);

using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Functions.Publication;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Functions;

/// <summary>
/// Fires often (PUBLICATION_TIMER_SCHEDULE, hourly) and decides what REPORT_SCHEDULE (UTC) makes due, exactly as a
/// pass of <c>scrutiny serve</c> does, but makes no report itself: it puts one message per panel on the publications
/// queue (<see cref="PublishPanelReport"/> makes each, so Flex Consumption spreads the panels over instances) and one
/// message on portal-refresh for the whole wave (<see cref="RefreshPortalAfterWave"/>). Between scheduled runs a
/// firing queues the month again, which changes nothing unless figures were corrected since (a new version).
/// Each firing also removes wave folders older than <see cref="PublicationWave.KeptFor"/> (see there for why).
/// </summary>
public sealed class PublishMonthlyReport(MonthlyPublication publication, PublicationQueues queues, IScrutinyStore store, PipelineEvents events, TimeProvider clock,
    ILogger<PublishMonthlyReport> logger)
{
    [Function(nameof(PublishMonthlyReport))]
    [FixedDelayRetry(3, "00:05:00")]
    public async Task Run([TimerTrigger("%" + HostSettings.PublicationTimerSchedule + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.IsPastDue)
        {
            logger.LogWarning("The publication timer is past due (the app was down at its time); catching up now");
        }

        await SweepWavesAsync(cancellationToken);
        var plan = await publication.PlanAsync(cancellationToken);
        if (!plan.HasWork)
        {
            logger.LogInformation("Monthly publication {Kind}: nothing queued", plan.Kind);
            return;
        }

        var period = plan.Month!.Value.Code;
        var panels = plan.PanelIds.Select(id => id ?? Panel.Default.Id).ToList();
        var wave = new PublicationWave(PublicationWave.IdFor(period, plan.AsOf), period, plan.Kind.ToString(), plan.AsOf, panels);
        // The wave's record first, so that a refresh never looks for a wave that is not there; a retry of this
        // firing (same instant) rewrites it and queues the same messages again, which is harmless.
        await wave.WriteAsync(store.Files, cancellationToken);
        await Task.WhenAll(panels.Select(panel => queues.EnqueuePanelAsync(new PanelPublicationMessage(wave.Id, period, panel), cancellationToken)));
        await queues.EnqueueRefreshAsync(wave.Id, PublicationQueues.RefreshCheckInterval, cancellationToken);
        // The queue owns the work now: a panel that keeps failing is reported from publications-poison and queued
        // again by the next hourly firing, so the scheduled run is recorded here.
        await publication.RecordAsync(plan, cancellationToken);
        logger.LogInformation("Monthly publication {Kind} for {Month} (occurrence {Occurrence}, {Missed} missed): wave {Wave} queued for {Panels} panels",
            plan.Kind, period, plan.Occurrence, plan.Missed, wave.Id, panels.Count);
        events.PublicationQueued(wave);
    }

    // Housekeeping must never hold up a publication: a failure is logged and the next firing sweeps again.
    private async Task SweepWavesAsync(CancellationToken cancellationToken)
    {
        try
        {
            var removed = await PublicationWave.SweepAsync(store.Files, clock.GetUtcNow(), cancellationToken);
            if (removed.Count > 0)
            {
                logger.LogInformation("Removed {Count} publication waves older than {Days} days: {Waves}", removed.Count, PublicationWave.KeptFor.TotalDays, string.Join(", ", removed));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Old publication waves could not be removed; the next firing tries again");
        }
    }
}

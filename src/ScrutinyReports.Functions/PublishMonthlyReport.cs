using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ScrutinyReports.Pipeline;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Portal;

namespace ScrutinyReports.Functions;

/// <summary>
/// Fires often (PUBLICATION_TIMER_SCHEDULE, hourly) and publishes what REPORT_SCHEDULE (UTC) makes due, exactly as a
/// pass of <c>scrutiny serve</c> does: the publication keeps its own record of the last run, so a month whose run
/// failed is published by a later firing, and between runs a firing re-issues the month only where figures were
/// corrected since (a new version); otherwise it changes nothing.
/// </summary>
public sealed class PublishMonthlyReport(MonthlyPublication publication, PortalRefresher portal, PipelineEvents events, ILogger<PublishMonthlyReport> logger)
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

        var run = await publication.RunAsync(cancellationToken);
        logger.LogInformation("Monthly publication {Kind} for {Month} (occurrence {Occurrence}, {Missed} missed): {NewVersions} new report versions",
            run.Kind, run.Month?.Code, run.Occurrence, run.Missed, run.NewVersions.Count());
        events.PublicationRun(run);
        if (run.NewVersions.Any())
        {
            await portal.RefreshAsync(cancellationToken);
        }

        foreach (var failure in run.Failures)
        {
            logger.LogError("Panel {PanelId}: {Reason}", failure.PanelId, failure.Message);
        }

        if (!run.Succeeded)
        {
            throw new PipelineException($"{run.Failures.Count} panels' reports could not be published; the run stays due");
        }
    }
}

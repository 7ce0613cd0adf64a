using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Pipeline.Portal;

namespace ScrutinyReports.Cli;

/// <summary>
/// One pass of <c>scrutiny serve</c>: every waiting upload taken in, the schedule's publication, the day's data-due
/// reminders, then every waiting notification sent (receipts, reminders, publications, with the portal regenerated).
/// </summary>
internal sealed record ServePass(UploadDropSummary Uploads, MonthlyRun Publication, ReminderRun Reminders, SendPass Notifications)
{
    /// <summary>False when a file was rejected or failed, a panel's report could not be made, or a message could not be sent.</summary>
    public bool Succeeded => Uploads.Rejected == 0 && Uploads.Failed == 0 && Publication.Succeeded && Notifications.Failed == 0;

    // Uploads first, so that a report due now includes the figures that arrived for it, and reminders skip them.
    public static async Task<ServePass> RunAsync(UploadDropScanner scanner, MonthlyPublication publication, DataDueReminders reminders, PortalRefresher portal, NotificationSender sender,
        int parallel, CancellationToken cancellationToken)
    {
        var uploads = await scanner.ScanAsync(cancellationToken);
        var run = await publication.RunAsync(parallel, cancellationToken);
        if (run.NewVersions.Any())
        {
            // The portal must not wait for mail: a council without SMTP still gets its site.
            await portal.RefreshAsync(cancellationToken);
        }

        var queued = await reminders.QueueAsync(cancellationToken: cancellationToken);
        return new ServePass(uploads, run, queued, await sender.SendWaitingAsync(cancellationToken));
    }
}

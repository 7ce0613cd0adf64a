using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Functions;

/// <summary>
/// Daily on REMINDER_SCHEDULE (UTC, default 08:00): queues a data-due reminder for each officer whose figures for the
/// month due next are missing or whose follow-up items need an update (and each panel's chair of long-overdue items), from Reminders__DaysBefore days before the deadline; SendNotification sends them. An
/// officer is reminded once per month however often this runs.
/// </summary>
public sealed class SendReminders(DataDueReminders reminders, ILogger<SendReminders> logger)
{
    [Function(nameof(SendReminders))]
    public async Task Run([TimerTrigger("%" + HostSettings.ReminderSchedule + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var run = await reminders.QueueAsync(cancellationToken: cancellationToken);
        logger.LogInformation("Reminders for {Month} (due {Deadline:yyyy-MM-dd}, from {From:yyyy-MM-dd}): {Queued} queued, {Already} already reminded, {Chairs} chairs told of overdue follow-up",
            run.Month.Code, run.Deadline, run.RemindersFrom, run.Queued.Count, run.AlreadyReminded, run.ChairsTold.Count);
    }
}

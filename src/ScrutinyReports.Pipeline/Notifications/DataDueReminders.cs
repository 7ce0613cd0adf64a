using System.Text.Json;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Portal;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Notifications;

/// <summary>
/// Queues data-due reminders. The month due is the one before the next data deadline (September's figures are due
/// on the panel's dataDeadlineDay of October). From <see cref="NotificationOptions.ReminderDaysBefore"/> days before
/// that deadline, each officer with an owned indicator still lacking a figure for the month is queued one reminder,
/// listing those indicators; an officer with nothing missing, and every member, gets nothing. Safe to run daily: an
/// officer reminded once for a month is not reminded again.
/// </summary>
public sealed class DataDueReminders(IScrutinyStore store, NotificationOptions options, TimeProvider clock)
{
    public async Task<ReminderRun> QueueAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var today = asOf ?? UkTime.DateOf(clock.GetUtcNow());
        var deadlineDay = (await store.Panels.ListAsync(cancellationToken)).Select(p => p.DataDeadlineDay).OfType<int>().DefaultIfEmpty(options.DefaultDeadlineDay).Min();
        var deadline = NextDeadline(today, deadlineDay);
        var month = ReportingPeriod.Month(deadline.AddMonths(-1).Year, deadline.AddMonths(-1).Month);
        var opens = deadline.AddDays(-options.ReminderDaysBefore);
        if (today < opens)
        {
            return new ReminderRun(month, deadline, opens, [], 0);
        }

        var catalogue = await CatalogueSource.GetAsync(store, cancellationToken);
        var due = catalogue.Indicators
            .Select(indicator => (Indicator: indicator, Period: ReportingPeriod.LatestEndedBy(month, indicator.Frequency)))
            .Where(figure => figure.Period.End == month.End)
            .ToList();
        var received = (await store.Observations.ReadCurrentAsync(new ObservationQuery(month.Start, month.End), cancellationToken))
            .Select(o => (o.IndicatorId, o.Period))
            .ToHashSet();
        var ledger = new MessageLedger(store.Files);
        var queued = new List<string>();
        var alreadyReminded = 0;
        foreach (var officer in (await SubscriberDirectory.LoadAsync(store.Files, cancellationToken)).Where(s => s.Role == SubscriberRole.Officer))
        {
            var missing = due.Where(figure => officer.Owns(figure.Indicator.Theme) && !received.Contains((figure.Indicator.Id, figure.Period))).ToList();
            if (missing.Count == 0 || queued.Contains(officer.Email, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var id = DataDueReminder.IdFor(month.Code, officer.Email);
            if (await ledger.WasSentAsync($"{id}|{officer.Email.ToLowerInvariant()}", cancellationToken))
            {
                alreadyReminded++;
                continue;
            }

            var reminder = new DataDueReminder(officer.Email, officer.Name, month.Code, deadline,
                missing.Select(figure => new DueFigureCode(figure.Indicator.Id, figure.Period.Code)).ToList());
            await store.Notifications.EnqueueAsync(new Notification(id, NotificationKinds.DataDue, JsonSerializer.Serialize(reminder, DataDueReminder.Json)), cancellationToken);
            queued.Add(officer.Email);
        }

        return new ReminderRun(month, deadline, opens, queued, alreadyReminded);
    }

    /// <summary>The first deadline on or after <paramref name="today"/>.</summary>
    public static DateOnly NextDeadline(DateOnly today, int deadlineDay)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, deadlineDay);
        return today <= thisMonth ? thisMonth : thisMonth.AddMonths(1);
    }
}

/// <summary>A reminder run: the month due, its deadline, the first day reminders go, and the officers queued one now.</summary>
public sealed record ReminderRun(ReportingPeriod Month, DateOnly Deadline, DateOnly RemindersFrom, IReadOnlyList<string> Queued, int AlreadyReminded)
{
    public bool WindowOpen(DateOnly today) => today >= RemindersFrom;
}

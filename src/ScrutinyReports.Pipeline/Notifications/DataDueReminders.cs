using System.Text.Json;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Notifications.Messages;
using ScrutinyReports.Pipeline.Portal;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Notifications;

/// <summary>
/// Queues data-due reminders. The month due is the one before the next data deadline (September's figures are due
/// on the panel's dataDeadlineDay of October). From <see cref="NotificationOptions.ReminderDaysBefore"/> days before
/// that deadline (and never before the month has ended), each officer with an owned indicator still lacking a figure for the month is queued one reminder,
/// listing those indicators and the follow-up items they lead that need an update (<see cref="FollowUpDue"/>); an
/// officer with neither, and every member, gets nothing. In the same window each panel's chair, when the panel names
/// one, is told of items overdue by more than the panel's chairOverdueDays (else <see cref="NotificationOptions.ChairOverdueDays"/>).
/// Safe to run daily: an officer reminded, or a chair told, once for a month is not written to again.
/// </summary>
public sealed class DataDueReminders(IScrutinyStore store, NotificationOptions options, TimeProvider clock)
{
    public async Task<ReminderRun> QueueAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var today = asOf ?? UkTime.DateOf(clock.GetUtcNow());
        var panels = await store.Panels.ListAsync(cancellationToken);
        var general = Window(today, DeadlineDay(panels, []));
        var catalogue = await CatalogueSource.GetAsync(store, cancellationToken);
        var ledger = new MessageLedger(store.Files);
        var received = new Dictionary<ReportingPeriod, HashSet<(string, ReportingPeriod)>>();
        var log = await store.FollowUps.ListAsync(null, cancellationToken);
        var queued = new List<string>();
        var alreadyReminded = 0;
        foreach (var (officer, panelIds) in Officers(await SubscriberDirectory.LoadAsync(store.Files, cancellationToken)))
        {
            var (month, deadline, opens) = OfficerWindow(today, panels, panelIds, WithPanelsLed(panelIds, log, officer.Email, today));
            if (today < opens)
            {
                continue;
            }

            if (!received.TryGetValue(month, out var arrived))
            {
                received[month] = arrived = await ReceivedAsync(store, month, cancellationToken);
            }

            var missing = DueFigures(catalogue, month).Where(figure => officer.Owns(figure.Indicator.Theme) && !arrived.Contains((figure.Indicator.Id, figure.Period))).ToList();
            var followUps = FollowUpDue.NeedingUpdate(log, officer.Email, month, today);
            if (missing.Count == 0 && followUps.Count == 0)
            {
                continue;
            }

            var id = DataDueReminder.IdFor(month.Code, officer.Email);
            if (await ledger.WasSentAsync(MessageKeys.For(id, officer.Email), cancellationToken))
            {
                alreadyReminded++;
                continue;
            }

            var reminder = new DataDueReminder(officer.Email, officer.Name, month.Code, deadline,
                missing.Select(figure => new DueFigureCode(figure.Indicator.Id, figure.Period.Code)).ToList(),
                followUps.Select(item => new FollowUpItemCode(item.PanelId, item.Ref)).ToList(), today);
            await store.Notifications.EnqueueAsync(new Notification(id, NotificationKinds.DataDue, JsonSerializer.Serialize(reminder, DataDueReminder.Json)), cancellationToken);
            queued.Add(officer.Email);
        }

        var chairs = await QueueChairAlertsAsync(panels, log, ledger, today, cancellationToken);
        return new ReminderRun(general.Month, general.Deadline, general.Opens, queued, alreadyReminded) { ChairsTold = chairs };
    }

    // Each panel with a chair, in its own reminder window, once a month, only when something is overdue beyond its threshold.
    private async Task<IReadOnlyList<string>> QueueChairAlertsAsync(IReadOnlyList<Panel> panels, IReadOnlyList<Domain.FollowUp.FollowUpItem> log, MessageLedger ledger,
        DateOnly today, CancellationToken cancellationToken)
    {
        var told = new List<string>();
        foreach (var panel in panels)
        {
            if (panel.Chair is not { } chair)
            {
                continue;
            }

            var (month, _, opens) = Window(today, panel.DataDeadlineDay ?? options.DefaultDeadlineDay);
            var threshold = panel.ChairOverdueDays ?? options.ChairOverdueDays;
            if (today < opens || FollowUpDue.OverdueBeyond(log, panel.Id, threshold, today).Count == 0)
            {
                continue;
            }

            var id = FollowUpOverdueAlert.IdFor(month.Code, panel.Id);
            if (await ledger.WasSentAsync(MessageKeys.For(id, chair.Email), cancellationToken))
            {
                continue;
            }

            var alert = new FollowUpOverdueAlert(panel.Id, panel.Name, month.Code, today, threshold, chair.Email, chair.Name);
            await store.Notifications.EnqueueAsync(new Notification(id, NotificationKinds.FollowUpOverdue, JsonSerializer.Serialize(alert, DataDueReminder.Json)), cancellationToken);
            told.Add($"{chair.Email} ({panel.Id})");
        }

        return told;
    }

    /// <summary>Figures for the month that have arrived (any status, N/A included: the officer has answered), whole authority.</summary>
    internal static async Task<HashSet<(string, ReportingPeriod)>> ReceivedAsync(IScrutinyStore store, ReportingPeriod month, CancellationToken cancellationToken) =>
        (await store.Observations.ReadCurrentAsync(new ObservationQuery(month.Start, month.End), cancellationToken))
            .Select(o => (o.IndicatorId, o.Period))
            .ToHashSet();

    /// <summary>The indicators whose period ends with the month: every monthly one, quarterly ones at a quarter's end, annual ones in March.</summary>
    internal static IEnumerable<DueFigure> DueFigures(Domain.Indicators.IndicatorCatalogue catalogue, ReportingPeriod month) =>
        catalogue.Indicators
            .Select(indicator => new DueFigure(indicator, ReportingPeriod.LatestEndedBy(month, indicator.Frequency)))
            .Where(figure => figure.Period.End == month.End);

    // The month due at the next deadline, and the first day to remind: the configured days before the deadline, but
    // never before the month has ended.
    private (ReportingPeriod Month, DateOnly Deadline, DateOnly Opens) Window(DateOnly today, int deadlineDay)
    {
        var deadline = NextDeadline(today, deadlineDay);
        var month = ReportingPeriod.Month(deadline.AddMonths(-1).Year, deadline.AddMonths(-1).Month);
        var opens = deadline.AddDays(-options.ReminderDaysBefore);
        var afterMonthEnd = month.End.AddDays(1);
        return (month, deadline, opens > afterMonthEnd ? opens : afterMonthEnd);
    }

    // An officer's deadline is that of the panels they name; one naming none works to the earliest of all panels.
    // A panel without a dataDeadlineDay has the default day.
    private int DeadlineDay(IReadOnlyList<Panel> panels, IReadOnlyCollection<string> panelIds)
    {
        var relevant = panelIds.Count == 0 ? panels : panels.Where(p => panelIds.Contains(p.Id, StringComparer.OrdinalIgnoreCase)).ToList();
        return relevant.Count == 0 ? options.DefaultDeadlineDay : relevant.Min(p => p.DataDeadlineDay ?? options.DefaultDeadlineDay);
    }

    // A lead also works to the panels of the open items they lead, so that an item of a panel with an earlier deadline
    // than their own is asked about before that deadline. An officer naming no panel already works to the earliest.
    // The window of the officer's own panels, brought forward to an earlier deadline of a panel whose items they lead only
    // while that deadline is for the same month: once it has passed, the own panels' later deadline for that month
    // still stands, so an item raised between the two deadlines never skips a month's reminder.
    private (ReportingPeriod Month, DateOnly Deadline, DateOnly Opens) OfficerWindow(DateOnly today, IReadOnlyList<Panel> panels,
        IReadOnlyList<string> panelIds, IReadOnlyCollection<string> withPanelsLed)
    {
        var own = Window(today, DeadlineDay(panels, panelIds));
        if (withPanelsLed.Count == panelIds.Count)
        {
            return own;
        }

        var led = Window(today, DeadlineDay(panels, withPanelsLed));
        return led.Month == own.Month && led.Deadline < own.Deadline ? led : own;
    }

    private static IReadOnlyCollection<string> WithPanelsLed(IReadOnlyList<string> panelIds, IEnumerable<Domain.FollowUp.FollowUpItem> log, string email, DateOnly today) =>
        panelIds.Count == 0 ? panelIds
            : [.. panelIds.Union(
                log.Where(item => string.Equals(item.Lead, email, StringComparison.OrdinalIgnoreCase))
                    .Select(item => item.AsAt(today))
                    .Where(item => item is { IsOpen: true })
                    .Select(item => item!.PanelId),
                StringComparer.OrdinalIgnoreCase)];

    // A person listed on several rows (once per panel) is one officer owning every theme of their rows, with their panels.
    private static IEnumerable<(Subscriber Officer, IReadOnlyList<string> PanelIds)> Officers(IReadOnlyList<Subscriber> subscribers) =>
        subscribers.Where(s => s.Role == SubscriberRole.Officer)
            .GroupBy(s => s.Email, StringComparer.OrdinalIgnoreCase)
            .Select(rows => (
                rows.First() with { PanelId = null, Themes = rows.SelectMany(r => r.Themes).Distinct(StringComparer.OrdinalIgnoreCase).ToList() },
                (IReadOnlyList<string>)rows.Select(r => r.PanelId).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList()));

    /// <summary>The first deadline on or after <paramref name="today"/>.</summary>
    public static DateOnly NextDeadline(DateOnly today, int deadlineDay)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, deadlineDay);
        return today <= thisMonth ? thisMonth : thisMonth.AddMonths(1);
    }
}

/// <summary>A reminder run: the month due, its deadline, the first day reminders go, and the officers (and chairs) queued one now.</summary>
public sealed record ReminderRun(ReportingPeriod Month, DateOnly Deadline, DateOnly RemindersFrom, IReadOnlyList<string> Queued, int AlreadyReminded)
{
    /// <summary>The chairs queued an alert of overdue follow-up items now, as "email (panel)".</summary>
    public IReadOnlyList<string> ChairsTold { get; init; } = [];
}

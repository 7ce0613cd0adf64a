using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Pipeline.Portal;
using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Pipeline.FollowUp;

/// <summary>
/// Single changes to the follow-up log from the command line, recorded as an import is: checked against the officers,
/// catalogue and panels on record, and appended to the item's history with the source "command line (USER)".
/// </summary>
public sealed class FollowUpLog(IScrutinyStore store, ReportPublisher reports, TimeProvider clock)
{
    public static string CommandLineSource(string user) => $"command line ({user})";

    public async Task<FollowUpItem> AddAsync(FollowUpAddRequest request, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = Today;
        var context = await FollowUpImporter.ContextAsync(store, today, cancellationToken);
        var panel = PanelOf(request.PanelId, context.PanelIds);
        var lead = context.Officers.FirstOrDefault(o => string.Equals(o, request.Lead, StringComparison.OrdinalIgnoreCase))
            ?? throw new PipelineException($"{request.Lead} is not an officer in the subscriber list; expected the e-mail of an officer listed there");
        var indicators = request.Indicators.Select(id => context.IndicatorIds.FirstOrDefault(known => string.Equals(known, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new PipelineException($"{id} is not an indicator in the catalogue")).Distinct().ToList();
        if (request.Due < request.Raised)
        {
            throw new PipelineException($"the due date {FollowUpDocument.Iso(request.Due.Value)} is before the item was raised on {FollowUpDocument.Iso(request.Raised)}");
        }

        var existing = await store.FollowUps.ListAsync(panel, cancellationToken);
        if (existing.FirstOrDefault(item => string.Equals(item.Ref, request.Ref, StringComparison.OrdinalIgnoreCase)) is { } clash)
        {
            throw new PipelineException($"panel {panel} already has an item {clash.Ref}; use 'scrutiny actions update {clash.Ref}' to change it");
        }

        var item = new FollowUpItem(request.Ref, request.Kind, request.Text, request.Raised, lead, request.Due, panel, indicators,
            [new FollowUpHistoryEntry(request.Status, request.Update, today, CommandLineSource(user))]);
        await store.FollowUps.SaveAsync([item], cancellationToken);
        return item;
    }

    public async Task<FollowUpItem> UpdateAsync(FollowUpUpdateRequest request, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = Today;
        var date = request.Date ?? today;
        if (date > today)
        {
            throw new PipelineException($"an update cannot be dated {FollowUpDocument.Iso(date)}, after today ({FollowUpDocument.Iso(today)})");
        }

        var matches = (await store.FollowUps.ListAsync(request.PanelId, cancellationToken))
            .Where(item => string.Equals(item.Ref, request.Ref, StringComparison.OrdinalIgnoreCase)).ToList();
        var item = matches.Count switch
        {
            0 => throw new PipelineException($"no follow-up item {request.Ref}{(request.PanelId is null ? string.Empty : $" for panel {request.PanelId}")}; 'scrutiny actions list' shows the log"),
            1 => matches[0],
            _ => throw new PipelineException($"{request.Ref} is an item of {matches.Count} panels ({string.Join(", ", matches.Select(m => m.PanelId))}); name one with --panel"),
        };
        if (request.Status is null && string.IsNullOrWhiteSpace(request.Update))
        {
            throw new PipelineException("give a new --status, an --update, or both");
        }

        var entry = new FollowUpHistoryEntry(request.Status ?? item.Status, request.Update, date, CommandLineSource(user));
        var updated = new FollowUpItem(item.Ref, item.Kind, item.Text, item.Raised, item.Lead, item.Due, item.PanelId, item.IndicatorIds, [.. item.History, entry]);
        await store.FollowUps.SaveAsync([updated], cancellationToken);
        return updated;
    }

    /// <summary>
    /// Adopts the pack's questions for scrutiny for the month as question items, each led by the officer who owns the
    /// indicator's theme (or <paramref name="lead"/>), raised at the panel's meeting and due a month later unless
    /// <paramref name="due"/> is given. References are stable (Q2019-09-REREFERRALS_12M; Q2019-09-MISSING for the
    /// missing-data question), so adopting twice adds nothing.
    /// </summary>
    public async Task<IReadOnlyList<FollowUpItem>> AdoptQuestionsAsync(ReportingPeriod month, string? panelId, string? lead, DateOnly? due, string user,
        CancellationToken cancellationToken = default)
    {
        var report = await reports.BuildAsync(month, panelId, cancellationToken);
        var pack = new PanelPackView(report);
        var today = Today;
        var context = await FollowUpImporter.ContextAsync(store, today, cancellationToken);
        var subscribers = await Notifications.SubscriberDirectory.LoadAsync(store.Files, cancellationToken);
        var raised = report.Panel.MeetingDate ?? today;
        var existing = (await store.FollowUps.ListAsync(report.Panel.Id, cancellationToken)).Select(i => i.Ref.ToUpperInvariant()).ToHashSet();
        var adopted = new List<FollowUpItem>();
        foreach (var (reference, indicators, text) in QuestionSources(report, pack))
        {
            if (existing.Contains(reference.ToUpperInvariant()))
            {
                continue;
            }

            var themes = indicators.Select(id => report.Indicators.First(e => e.Analysis.Indicator.Id == id).Analysis.Indicator.Theme).ToList();
            var owner = lead ?? subscribers.FirstOrDefault(s => s.Role == Domain.Panels.SubscriberRole.Officer && themes.Any(s.Owns))?.Email
                ?? throw new PipelineException($"no officer in the subscriber list owns the theme of {string.Join(", ", indicators)} (question {reference}); name a lead with --lead");
            if (!context.Officers.Contains(owner, StringComparer.OrdinalIgnoreCase))
            {
                throw new PipelineException($"{owner} is not an officer in the subscriber list; expected the e-mail of an officer listed there");
            }

            adopted.Add(new FollowUpItem(reference, FollowUpKind.Question, text, raised, owner, due ?? raised.AddMonths(1), report.Panel.Id, indicators,
                [new FollowUpHistoryEntry(FollowUpStatus.Open, string.Empty, today, CommandLineSource(user) + $", adopted from the {month.Label} pack")]));
        }

        await store.FollowUps.SaveAsync(adopted, cancellationToken);
        return adopted;
    }

    // The pack asks one question per exception shown, in order, then one about missing figures when any are missing.
    private static IEnumerable<(string Ref, List<string> Indicators, string Text)> QuestionSources(ScrutinyReport report, PanelPackView pack)
    {
        var shown = report.Exceptions.Shown;
        for (var i = 0; i < pack.Questions.Count; i++)
        {
            var prefix = $"Q{report.Period.Code}-";
            if (i < shown.Count)
            {
                var id = shown[i].Entry.Analysis.Indicator.Id;
                yield return (prefix + id, [id], pack.Questions[i]);
            }
            else
            {
                var missing = pack.Missing.Select(m => pack.Rows.First(r => r.Name == m.Name).Id).ToList();
                yield return (prefix + "MISSING", missing, pack.Questions[i]);
            }
        }
    }

    /// <summary>Today in the UK, the date updates are recorded under and the log is judged against.</summary>
    public DateOnly Today => UkTime.DateOf(clock.GetUtcNow());

    private static string PanelOf(string? requested, IReadOnlyCollection<string> panels)
    {
        if (requested is null)
        {
            return panels.Count == 1 ? panels.First() : throw new PipelineException(panels.Count == 0
                ? "no panel is on record; import one with 'scrutiny panel import FILE'"
                : $"the store has {panels.Count} panels ({string.Join(", ", panels)}); name one with --panel");
        }

        return panels.FirstOrDefault(p => string.Equals(p, requested, StringComparison.OrdinalIgnoreCase))
            ?? throw new PipelineException($"no panel \"{requested}\" in the store; known panels: {(panels.Count == 0 ? "none" : string.Join(", ", panels))}");
    }
}

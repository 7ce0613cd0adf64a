using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Ingestion.FollowUp;
using ScrutinyReports.Ingestion.Uploads;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Pipeline.Portal;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.FollowUp;

/// <summary>
/// Imports a follow-up log file. The file is checked whole against the officers, catalogue and panels on record; a
/// file with any error changes nothing. Otherwise the file is kept in the archive under follow-up/ (named by its
/// content hash, never overwritten) and each row's status and update is appended to its item's history, dated by
/// the row's "updated" column or the day of import, its source the file's name.
/// </summary>
public sealed class FollowUpImporter(IScrutinyStore store, TimeProvider clock)
{
    public const string ArchiveFolder = "follow-up/";

    public async Task<FollowUpImportResult> ImportAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var seekable = await SeekableCopy.OfAsync(content, cancellationToken);
        var today = UkTime.DateOf(clock.GetUtcNow());
        var context = await ContextAsync(store, today, cancellationToken);
        var diagnostics = new UploadDiagnostics();
        var rows = FollowUpLogReader.Read(seekable, fileName, diagnostics, context);
        if (diagnostics.HasErrors)
        {
            return new FollowUpImportResult(0, 0, 0, [.. diagnostics.Lines()], null);
        }

        seekable.Position = 0;
        var digest = await ContentDigest.OfAsync(seekable, cancellationToken);
        var kept = ArchiveFolder + digest["sha256:".Length..] + Path.GetExtension(fileName).ToLowerInvariant();
        await store.Files.WriteAsync(Containers.Archive, kept, seekable, overwrite: false, cancellationToken);

        var source = Path.GetFileName(fileName);
        var existing = (await store.FollowUps.ListAsync(null, cancellationToken)).ToDictionary(Key);
        var changed = new List<FollowUpItem>();
        var added = 0;
        foreach (var row in rows)
        {
            var definition = new FollowUpItem(row.Ref, row.Kind, row.Text, row.Raised, row.Lead, row.Due, row.Panel, row.Indicators,
                [new FollowUpHistoryEntry(row.Status, row.Update, row.Updated ?? today, source)]);
            var before = existing.GetValueOrDefault(Key(definition));
            if (FollowUpMerge.Apply(before, before is null ? definition : Renamed(definition, before), definition.History[0]) is { } after)
            {
                changed.Add(after);
                added += before is null ? 1 : 0;
            }
        }

        await store.FollowUps.SaveAsync(changed, cancellationToken);
        return new FollowUpImportResult(added, changed.Count - added, rows.Count - changed.Count, [], store.Files.Locate(Containers.Archive, kept));
    }

    /// <summary>The officers, indicators and panels a log is checked against.</summary>
    public static async Task<FollowUpLogContext> ContextAsync(IScrutinyStore store, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var officers = (await SubscriberDirectory.LoadAsync(store.Files, cancellationToken))
            .Where(s => s.Role == SubscriberRole.Officer).Select(s => s.Email).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var indicators = (await CatalogueSource.GetAsync(store, cancellationToken)).Indicators.Select(i => i.Id).ToList();
        var panels = (await store.Panels.ListAsync(cancellationToken)).Select(p => p.Id).ToList();
        return new FollowUpLogContext(officers, indicators, panels, today);
    }

    public static (string Panel, string Ref) Key(FollowUpItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (item.PanelId.ToUpperInvariant(), item.Ref.ToUpperInvariant());
    }

    private static FollowUpItem Renamed(FollowUpItem definition, FollowUpItem stored) =>
        new(stored.Ref, definition.Kind, definition.Text, definition.Raised, definition.Lead, definition.Due, stored.PanelId, definition.IndicatorIds, definition.History);
}

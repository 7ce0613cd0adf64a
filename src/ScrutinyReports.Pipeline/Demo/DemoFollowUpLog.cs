using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Ingestion.FollowUp;
using ScrutinyReports.Ingestion.Uploads;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Demo;

/// <summary>
/// The demo panel's follow-up log (demo-follow-up.csv, fictional): eight recommendations, actions and questions as a
/// council would carry them to the October 2019 meeting, some overdue, some linked to indicators, so that the demo
/// pack shows the section. Its leads are officers of the demo's subscriber list (<see cref="DemoSubscribers"/>), which
/// names them by role title and reminds them of their items; the log is checked against that list rather than the
/// store's, since a council that ran the demo on its own store keeps its own list.
/// </summary>
public static class DemoFollowUpLog
{
    public const string FileName = "demo-follow-up.csv";

    public static async Task SeedAsync(IScrutinyStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var diagnostics = new UploadDiagnostics();
        using var content = EmbeddedData.Copy(FileName);
        var leads = DemoSubscribers.Read().Where(s => s.Role == Domain.Panels.SubscriberRole.Officer).Select(s => s.Email).ToList();
        var context = new FollowUpLogContext(leads, [.. BuiltInCatalogue.Indicators.Indicators.Select(i => i.Id)], [DemoCouncil.Panel.Id], DateOnly.MaxValue);
        var rows = FollowUpLogReader.Read(content, FileName, diagnostics, context);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException("The demo follow-up log was rejected: " + string.Join("; ", diagnostics.Lines()));
        }

        var stored = (await store.FollowUps.ListAsync(DemoCouncil.Panel.Id, cancellationToken)).ToDictionary(FollowUp.FollowUpImporter.Key);
        var changed = new List<FollowUpItem>();
        foreach (var row in rows)
        {
            var definition = new FollowUpItem(row.Ref, row.Kind, row.Text, row.Raised, row.Lead, row.Due, row.Panel, row.Indicators,
                [new FollowUpHistoryEntry(row.Status, row.Update, row.Updated ?? row.Raised, FileName)]);
            if (FollowUp.FollowUpMerge.Apply(stored.GetValueOrDefault(FollowUp.FollowUpImporter.Key(definition)), definition, definition.History[0]) is { } item)
            {
                changed.Add(item);
            }
        }

        await store.FollowUps.SaveAsync(changed, cancellationToken);
    }
}

using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Ingestion.Subscribers;
using ScrutinyReports.Ingestion.Uploads;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Notifications;

public sealed record SubscriberImportResult(IReadOnlyList<Subscriber> Subscribers, IReadOnlyList<string> Errors);

/// <summary>Replaces the subscriber list with a file's; a file with any error changes nothing.</summary>
public sealed class SubscriberImporter(IScrutinyStore store, TimeProvider clock)
{
    public async Task<SubscriberImportResult> ImportAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var panels = (await store.Panels.ListAsync(cancellationToken)).Select(panel => panel.Id).ToList();
        var themes = (await CatalogueSource.GetAsync(store, cancellationToken)).Indicators.Select(i => i.Theme).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var diagnostics = new UploadDiagnostics();
        var subscribers = SubscriberListReader.Read(content, fileName, diagnostics, panels, themes);
        if (diagnostics.HasErrors)
        {
            return new SubscriberImportResult([], diagnostics.Lines().ToList());
        }

        await SubscriberDirectory.SaveAsync(store.Files, subscribers, Path.GetFileName(fileName), clock.GetUtcNow(), cancellationToken);
        return new SubscriberImportResult(subscribers, []);
    }
}

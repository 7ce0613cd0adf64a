using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Ingestion.Subscribers;
using ScrutinyReports.Ingestion.Uploads;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Notifications;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Demo;

/// <summary>
/// The demo's subscriber list (demo-subscribers.csv, fictional, role titles for names): the demo panel's members,
/// its chair among them, and the officers who lead its follow-up items, between them owning every theme of the
/// built-in catalogue. So a new user's <c>remind</c> and <c>notify</c> have someone to write to.
/// </summary>
public static class DemoSubscribers
{
    public const string FileName = "demo-subscribers.csv";

    /// <summary>The list as the importer reads it, checked against the demo panel and the built-in catalogue.</summary>
    public static IReadOnlyList<Subscriber> Read()
    {
        var diagnostics = new UploadDiagnostics();
        using var content = EmbeddedData.Copy(FileName);
        var themes = BuiltInCatalogue.Indicators.Indicators.Select(i => i.Theme).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var subscribers = SubscriberListReader.Read(content, FileName, diagnostics, [DemoCouncil.Panel.Id], themes);
        return diagnostics.HasErrors
            ? throw new InvalidOperationException("The demo subscriber list is invalid: " + string.Join("; ", diagnostics.Lines()))
            : subscribers;
    }

    /// <summary>
    /// Imports the list, through the same path as <c>subscribers import</c>, only into a store that has none: a
    /// council's own list is never replaced, and a second demo changes nothing. True when it was imported.
    /// </summary>
    public static async Task<bool> SeedAsync(IScrutinyStore store, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        if ((await SubscriberDirectory.LoadAsync(store.Files, cancellationToken)).Count > 0)
        {
            return false;
        }

        using var content = EmbeddedData.Copy(FileName);
        var imported = await new SubscriberImporter(store, clock).ImportAsync(content, FileName, cancellationToken);
        return imported.Errors.Count == 0
            ? true
            : throw new InvalidOperationException("The demo subscriber list was rejected: " + string.Join("; ", imported.Errors));
    }
}

using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Local;

/// <summary>
/// The embedded local store: a folder holding scrutiny.db (SQLite) and one sub-folder per file container
/// (uploads, archive, reports). Made on first use. One instance per process is enough; it is safe to share.
/// </summary>
public sealed class LocalStore : IScrutinyStore
{
    public const string DatabaseFile = "scrutiny.db";

    private readonly SqliteDatabase database;

    private LocalStore(string root, SqliteDatabase database)
    {
        Root = root;
        this.database = database;
        Catalogue = new LocalCatalogueStore(database);
        Observations = new LocalObservationStore(database);
        Uploads = new LocalUploadLedger(database);
        Reports = new LocalReportLedger(database);
        FollowUps = new LocalFollowUpStore(database);
        Panels = new LocalPanelStore(database);
        Files = new LocalFileStore(root);
        Notifications = new LocalNotificationQueue(database);
    }

    public string Root { get; }

    public string Description => Root;

    public ICatalogueStore Catalogue { get; }

    public IObservationStore Observations { get; }

    public IUploadLedger Uploads { get; }

    public IReportLedger Reports { get; }

    public IPanelStore Panels { get; }

    public IFollowUpStore FollowUps { get; }

    public IFileStore Files { get; }

    public INotificationQueue Notifications { get; }

    public static async Task<LocalStore> OpenAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var root = Path.GetFullPath(folder);
        Directory.CreateDirectory(root);
        foreach (var container in new[] { Containers.Uploads, Containers.Archive, Containers.Reports, Containers.Templates, Containers.Comparators })
        {
            Directory.CreateDirectory(Path.Combine(root, container));
        }

        return new LocalStore(root, await SqliteDatabase.OpenAsync(Path.Combine(root, DatabaseFile), cancellationToken));
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();
}

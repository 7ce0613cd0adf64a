using Azure.Core;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// The Azure store: files in blob containers, one per port container, and table-like data in Azure Tables
/// (docs/storage.md, "The Azure store"). Opened from a connection string (Azurite's too) or from an account URL
/// https://ACCOUNT.blob.core.windows.net, signed in with DefaultAzureCredential. Containers and tables are created
/// when missing. One instance per process is enough; it is thread-safe and holds nothing to dispose.
/// </summary>
public sealed class AzureStore : IScrutinyStore
{
    private readonly StorageResources resources;

    private AzureStore(StorageAccount account, AzureStoreOptions options)
    {
        resources = new StorageResources(account, options.NamePrefix);
        Credential = options.Credential;
        Description = options.NamePrefix.Length == 0 ? account.Description : $"{account.Description} (names prefixed {options.NamePrefix})";
        var uploads = new AzureUploadLedger(resources);
        Catalogue = new AzureCatalogueStore(resources);
        Observations = new AzureObservationStore(resources, uploads, new CommitSequence(resources), new CommitMarkers(uploads), options);
        Uploads = uploads;
        Reports = new AzureReportLedger(resources);
        FollowUps = new AzureFollowUpStore(resources);
        Panels = new AzurePanelStore(resources);
        Files = new AzureFileStore(resources);
        Notifications = new AzureNotificationQueue(resources);
    }

    /// <summary>The account's blob endpoint (never a key or SAS), and the name prefix if there is one.</summary>
    public string Description { get; }

    public ICatalogueStore Catalogue { get; }

    public IObservationStore Observations { get; }

    public IUploadLedger Uploads { get; }

    public IReportLedger Reports { get; }

    public IPanelStore Panels { get; }

    public IFollowUpStore FollowUps { get; }

    public IFileStore Files { get; }

    public INotificationQueue Notifications { get; }

    internal StorageResources Resources => resources;

    /// <summary>
    /// One of the account's queues (with the store's name prefix), Base64-encoded as Functions queue triggers read
    /// them: how the Functions app fans a publication out over the publications queue. Not created here.
    /// </summary>
    public global::Azure.Storage.Queues.QueueClient Queue(string name) => resources.Queue(name);

    /// <summary>The credential the options named for an account URL; null for DefaultAzureCredential or a connection string.</summary>
    internal TokenCredential? Credential { get; }

    /// <summary>Connects to the account and creates the store's containers and tables if they are missing.</summary>
    /// <param name="connectionStringOrAccountUrl">A storage connection string, or https://ACCOUNT.blob.core.windows.net.</param>
    public static Task<AzureStore> OpenAsync(string connectionStringOrAccountUrl, CancellationToken cancellationToken = default) =>
        OpenAsync(connectionStringOrAccountUrl, new AzureStoreOptions(), cancellationToken);

    /// <inheritdoc cref="OpenAsync(string, CancellationToken)"/>
    public static async Task<AzureStore> OpenAsync(string connectionStringOrAccountUrl, AzureStoreOptions options, CancellationToken cancellationToken = default)
    {
        var store = Connect(connectionStringOrAccountUrl, options);
        await store.resources.EnsureCreatedAsync(cancellationToken);
        return store;
    }

    /// <summary>
    /// Makes the store without any I/O; its containers and tables are created, if missing, before its first use.
    /// For dependency injection, where construction cannot wait.
    /// </summary>
    public static AzureStore Connect(string connectionStringOrAccountUrl, AzureStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionStringOrAccountUrl);
        options ??= new AzureStoreOptions();
        options.Validate();
        return new AzureStore(StorageAccount.Connect(connectionStringOrAccountUrl, options), options);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

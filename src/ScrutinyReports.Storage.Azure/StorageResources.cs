using System.Reflection;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// The store's containers and tables, by their names in the port, with the configured prefix applied. They are
/// created if missing, once, before the first use of any; a failed attempt is tried again on the next use.
/// Thread-safe.
/// </summary>
internal sealed class StorageResources(StorageAccount account, string prefix)
{
    // Every container the port names (uploads, archive, reports, templates...), so that a new one needs no change here.
    private static readonly string[] ContainerNames = [.. typeof(Containers).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)];
    /// <summary>
    /// The account's static website container, where the public reports portal goes. It belongs to the account, not
    /// to this store, so it takes no prefix and is created only when first written to (enabling the static website
    /// creates it in Azure).
    /// </summary>
    public const string StaticWebsite = "$web";

    private readonly Lock gate = new();
    private Task? creation;
    private Task? websiteCreation;

    public BlobContainerClient Container(string name) =>
        name == StaticWebsite ? account.Blobs.GetBlobContainerClient(StaticWebsite)
        : ContainerNames.Contains(name, StringComparer.Ordinal) ? account.Blobs.GetBlobContainerClient(prefix + name)
        : throw new ArgumentException($"The store has no container {name}; it has {string.Join(", ", ContainerNames)} and the static website {StaticWebsite}.", nameof(name));

    public TableClient Table(string name) => account.Tables.GetTableClient(prefix + name);

    public global::Azure.Storage.Queues.QueueClient Queue(string name) => account.Queues.GetQueueClient(prefix + name);

    public async ValueTask<BlobContainerClient> ContainerAsync(string name, CancellationToken cancellationToken)
    {
        var container = Container(name);
        if (name == StaticWebsite)
        {
            Task task;
            lock (gate)
            {
                task = websiteCreation is { IsFaulted: false, IsCanceled: false } ? websiteCreation : websiteCreation = container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
            }

            await task.WaitAsync(cancellationToken);
            return container;
        }

        await EnsureCreatedAsync(cancellationToken);
        return container;
    }

    public async ValueTask<TableClient> TableAsync(string name, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        return Table(name);
    }

    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        Task task;
        lock (gate)
        {
            if (creation is null || creation.IsFaulted || creation.IsCanceled)
            {
                creation = CreateAllAsync();
            }

            task = creation;
        }

        return task.IsCompletedSuccessfully ? Task.CompletedTask : task.WaitAsync(cancellationToken);
    }

    /// <summary>Deletes every container and table of this store: for tests and benchmarks on a shared emulator.</summary>
    public async Task DeleteAllAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            ContainerNames.Select(name => (Task)account.Blobs.GetBlobContainerClient(prefix + name).DeleteIfExistsAsync(cancellationToken: cancellationToken))
                .Concat(StoreTables.All.Select(name => (Task)account.Tables.DeleteTableAsync(prefix + name, cancellationToken))));
        lock (gate)
        {
            creation = null;
        }
    }

    // Shared by every caller, so no single caller's cancellation stops it.
    private Task CreateAllAsync() => Task.WhenAll(
        ContainerNames.Select(name => (Task)account.Blobs.GetBlobContainerClient(prefix + name).CreateIfNotExistsAsync())
            .Concat(StoreTables.All.Select(name => (Task)account.Tables.GetTableClient(prefix + name).CreateIfNotExistsAsync())));
}

using Azure.Storage.Queues;
using ScrutinyReports.Storage.Azure;

namespace ScrutinyReports.Functions.Publication;

/// <summary>
/// The queues a publication fans out over, on the store's account: <see cref="PublicationsQueue"/> (one message per
/// panel and month, read by PublishPanelReport, which the host moves to <see cref="PoisonQueue"/> after
/// <see cref="MaxDequeueCount"/> failed attempts) and <see cref="PortalRefreshQueue"/> (one message per wave).
/// Infra declares them; they are created here too, once, for Azurite.
/// </summary>
public sealed class PublicationQueues(AzureStore store)
{
    public const string PublicationsQueue = "publications";
    public const string PoisonQueue = "publications-poison";
    public const string PortalRefreshQueue = "portal-refresh";

    /// <summary>host.json extensions.queues.maxDequeueCount: attempts before a message goes to its poison queue.</summary>
    public const int MaxDequeueCount = 5;

    /// <summary>
    /// How long a wave's portal-refresh message waits before it first looks, and between looks: about the time a
    /// wave of a council's panels takes, so that a small wave is usually refreshed on the first look.
    /// </summary>
    public static readonly TimeSpan RefreshCheckInterval = TimeSpan.FromMinutes(2);

    private readonly QueueClient publications = store.Queue(PublicationsQueue);
    private readonly QueueClient refresh = store.Queue(PortalRefreshQueue);
    private Task? creation;

    public QueueClient Publications => publications;

    public QueueClient PortalRefresh => refresh;

    public async Task EnqueuePanelAsync(PanelPublicationMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await EnsureAsync(cancellationToken);
        await publications.SendMessageAsync(message.ToJson(), cancellationToken);
    }

    /// <summary>Asks for the wave's portal refresh, visible after <paramref name="delay"/>.</summary>
    public async Task EnqueueRefreshAsync(string waveId, TimeSpan delay, CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken);
        await refresh.SendMessageAsync(waveId, visibilityTimeout: delay, cancellationToken: cancellationToken);
    }

    private Task EnsureAsync(CancellationToken cancellationToken) =>
        (creation ??= Task.WhenAll(publications.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None),
            refresh.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None))).WaitAsync(cancellationToken);
}

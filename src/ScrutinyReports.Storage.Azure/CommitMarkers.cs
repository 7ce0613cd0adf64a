using System.Collections.Concurrent;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// Looks up commit markers for readers. An accepted upload never changes again, so its marker is cached for the
/// life of the store; an upload not (yet) accepted is looked up afresh by each read. Thread-safe.
/// </summary>
internal sealed class CommitMarkers(AzureUploadLedger ledger)
{
    private readonly ConcurrentDictionary<string, CommitMarker> accepted = new(StringComparer.Ordinal);

    /// <summary>What one read may count: revisions of commits numbered at or below <paramref name="snapshot"/>.</summary>
    public CommitVisibility AsOf(long snapshot) => new(this, snapshot);

    public async ValueTask<CommitMarker?> FindAsync(string uploadId, CancellationToken cancellationToken)
    {
        if (accepted.TryGetValue(uploadId, out var known))
        {
            return known;
        }

        if (await ledger.ReadEntryAsync(uploadId, cancellationToken) is { } entity && UploadEntities.Marker(entity) is { } marker)
        {
            accepted.TryAdd(uploadId, marker);
            return marker;
        }

        return null;
    }
}

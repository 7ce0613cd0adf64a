using Azure.Data.Tables;

namespace ScrutinyReports.Storage.Azure;

/// <summary>Decides, for one read, which stored revisions belong to committed uploads. Not thread-safe.</summary>
internal sealed class CommitVisibility(CommitMarkers markers, long snapshot)
{
    private readonly Dictionary<string, CommitMarker?> seen = new(StringComparer.Ordinal);

    public async ValueTask<bool> CountsAsync(TableEntity revision, CancellationToken cancellationToken)
    {
        var uploadId = ObservationEntities.UploadId(revision);
        if (!seen.TryGetValue(uploadId, out var marker))
        {
            marker = await markers.FindAsync(uploadId, cancellationToken);
            seen[uploadId] = marker;
        }

        return marker is { } m && m.Sequence <= snapshot && string.Equals(m.Attempt, ObservationEntities.Attempt(revision), StringComparison.Ordinal);
    }
}

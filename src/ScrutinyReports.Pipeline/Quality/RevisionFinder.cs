using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Quality;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Quality;

/// <summary>
/// Finds the revisions of a stored figure: each change of value or status between uploads, with the file, uploader
/// and time on each side. Shared by upload receipts and reports. Not thread-safe: it caches ledger look-ups.
/// </summary>
internal sealed class RevisionFinder(IScrutinyStore store)
{
    private readonly Dictionary<string, UploadRecord?> uploads = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<Revision>> FindAsync(string indicatorId, ReportingPeriod period, string breakdown, CancellationToken cancellationToken)
    {
        var history = await store.Observations.ReadHistoryAsync(indicatorId, period, breakdown, cancellationToken);
        if (history.Count < 2)
        {
            return [];
        }

        var versions = new List<(Observation, string, string, string?, DateTimeOffset)>();
        foreach (var version in history)
        {
            if (!uploads.TryGetValue(version.UploadId, out var upload))
            {
                upload = await store.Uploads.FindAsync(version.UploadId, cancellationToken);
                uploads[version.UploadId] = upload;
            }

            versions.Add((version.Observation, version.UploadId, upload?.FileName ?? version.UploadId, upload?.Uploader, version.ReceivedAt));
        }

        return RevisionCheck.Find(versions);
    }
}

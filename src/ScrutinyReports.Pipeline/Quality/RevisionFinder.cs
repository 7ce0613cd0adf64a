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

    public async Task<IReadOnlyList<Revision>> FindAsync(string indicatorId, ReportingPeriod period, string breakdown, CancellationToken cancellationToken) =>
        await RevisionsAsync(await store.Observations.ReadHistoryAsync(indicatorId, period, breakdown, cancellationToken), cancellationToken);

    /// <summary>The revisions of one indicator's figures for several periods, by period, read from the store at once.</summary>
    public async Task<IReadOnlyDictionary<ReportingPeriod, IReadOnlyList<Revision>>> FindAsync(string indicatorId, IReadOnlyCollection<ReportingPeriod> periods, string breakdown,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<ReportingPeriod, IReadOnlyList<Revision>>();
        foreach (var (period, history) in await store.Observations.ReadHistoriesAsync(indicatorId, periods, breakdown, cancellationToken))
        {
            found[period] = await RevisionsAsync(history, cancellationToken);
        }

        return found;
    }

    private async Task<IReadOnlyList<Revision>> RevisionsAsync(IReadOnlyList<ObservationRevision> history, CancellationToken cancellationToken)
    {
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

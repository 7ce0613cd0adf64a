using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Hosting;

/// <summary>
/// Takes in every file waiting in the uploads container, oldest first (see <see cref="IUploadArrivalTimes"/>), one
/// at a time so that later files supersede earlier ones. A file that fails unexpectedly is reported and left for
/// the next scan; it does not hold up the files behind it.
/// </summary>
public sealed class UploadDropScanner(IScrutinyStore store, UploadDropHandler handler, IUploadArrivalTimes? arrivals = null)
{
    public Task<UploadDropSummary> ScanAsync(CancellationToken cancellationToken = default) => ScanAsync(arrivedBefore: null, cancellationToken);

    /// <param name="arrivedBefore">
    /// Only files that arrived before this instant, when the store can tell: how a sweep leaves files that have just
    /// landed to the trigger that is about to take them in. Files whose arrival is unknown are always taken.
    /// </param>
    /// <param name="cancellationToken">Stops the scan between files.</param>
    public async Task<UploadDropSummary> ScanAsync(DateTimeOffset? arrivedBefore, CancellationToken cancellationToken = default)
    {
        var drops = new List<UploadDrop>();
        var waiting = await OldestFirstAsync(await store.Files.ListAsync(Containers.Uploads, cancellationToken: cancellationToken), cancellationToken);
        foreach (var (arrived, path) in waiting)
        {
            if (arrivedBefore is { } cutoff && arrived is { } when && when >= cutoff)
            {
                continue;
            }

            try
            {
                drops.Add(await handler.HandleAsync(path, cancellationToken: cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // This loop is the host's edge for each file: the error is reported and the file stays for the next scan.
                drops.Add(new UploadDrop(path, UploadDropStatus.Failed, Error: ex.Message));
            }
        }

        return new UploadDropSummary(drops);
    }

    private async Task<IReadOnlyList<(DateTimeOffset? Arrived, string Path)>> OldestFirstAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        if (arrivals is null)
        {
            return paths.Select(path => ((DateTimeOffset?)null, path)).ToList();
        }

        var timed = new List<(DateTimeOffset? Arrived, string Path)>(paths.Count);
        foreach (var path in paths)
        {
            timed.Add((await arrivals.ArrivedAtAsync(path, cancellationToken), path));
        }

        return timed.OrderBy(file => file.Arrived ?? DateTimeOffset.MaxValue).ThenBy(file => file.Path, StringComparer.Ordinal).ToList();
    }
}

using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Hosting;

/// <summary>
/// Takes in every file waiting in the uploads container, oldest first (see <see cref="IUploadArrivalTimes"/>), one
/// at a time so that later files supersede earlier ones. A file that fails unexpectedly is reported and left for
/// the next scan; it does not hold up the files behind it.
/// </summary>
public sealed class UploadDropScanner(IScrutinyStore store, UploadDropHandler handler, IUploadArrivalTimes? arrivals = null)
{
    public async Task<UploadDropSummary> ScanAsync(CancellationToken cancellationToken = default)
    {
        var drops = new List<UploadDrop>();
        foreach (var path in await OldestFirstAsync(await store.Files.ListAsync(Containers.Uploads, cancellationToken: cancellationToken), cancellationToken))
        {
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

    private async Task<IReadOnlyList<string>> OldestFirstAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        if (arrivals is null)
        {
            return paths;
        }

        var timed = new List<(DateTimeOffset When, string Path)>(paths.Count);
        foreach (var path in paths)
        {
            timed.Add((await arrivals.ArrivedAtAsync(path, cancellationToken) ?? DateTimeOffset.MaxValue, path));
        }

        return timed.OrderBy(file => file.When).ThenBy(file => file.Path, StringComparer.Ordinal).Select(file => file.Path).ToList();
    }
}

using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Cli;

/// <summary>When a file in the local store's uploads folder arrived: its last write time (a file moved in keeps the time it was last saved).</summary>
internal sealed class LocalUploadArrivalTimes(IScrutinyStore store) : IUploadArrivalTimes
{
    public Task<DateTimeOffset?> ArrivedAtAsync(string path, CancellationToken cancellationToken = default)
    {
        // The local store locates a file as its path on disk.
        var file = store.Files.Locate(Containers.Uploads, path);
        return Task.FromResult<DateTimeOffset?>(File.Exists(file) ? new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero) : null);
    }
}

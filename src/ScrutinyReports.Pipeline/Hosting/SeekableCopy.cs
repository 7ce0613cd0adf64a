namespace ScrutinyReports.Pipeline.Hosting;

/// <summary>
/// A private, seekable copy of a stored file for the ingestor, which reads a file more than once (hash, archive,
/// read, and on rejection a second read for every error). Copying first means every read sees the same bytes even
/// if the stored file is replaced meanwhile. Small files are kept in memory and larger ones in a temporary file
/// that is deleted when the copy is disposed.
/// </summary>
internal static class SeekableCopy
{
    private const long InMemoryLimit = 16 * 1024 * 1024;

    public static async Task<Stream> OfAsync(Stream source, CancellationToken cancellationToken)
    {
        Stream copy = source.CanSeek && source.Length - source.Position is var length && length <= InMemoryLimit
            ? new MemoryStream((int)length)
            : new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await source.CopyToAsync(copy, cancellationToken);
            copy.Position = 0;
            return copy;
        }
        catch
        {
            await copy.DisposeAsync();
            throw;
        }
    }
}

using System.Security.Cryptography;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Hosting;

/// <summary>
/// Takes in one file dropped in the uploads container (<see cref="Containers.Uploads"/>), as a blob trigger or the
/// <c>serve</c> loop calls it. Triggers deliver at least once, so a call may repeat one already made, run alongside
/// one for another file, or follow one that died part way:
/// <list type="bullet">
/// <item>The ingestor archives the raw bytes under their hash and recognises content already accepted, so a repeat
/// changes nothing; a repeat after a crash also finishes the receipt the crash left unwritten.</item>
/// <item>The file leaves uploads only after its receipt is in the archive, and only if it still holds the content
/// just taken in: a corrected file dropped under the same name meanwhile waits for its own turn.</item>
/// <item>A file that cannot be read at all is a rejected upload like any other: archived with a rejected receipt
/// and removed, never retried for ever.</item>
/// <item>Anything unexpected (storage unreachable) throws and leaves the file in uploads to be tried again.</item>
/// </list>
/// Safe to call concurrently for different files.
/// </summary>
public sealed class UploadDropHandler(IScrutinyStore store, UploadIngestor ingestor)
{
    /// <param name="path">The file's path inside the uploads container, such as "officer@council.example/september.xlsx".</param>
    /// <param name="uploader">
    /// Who sent it, when the host knows; otherwise the file's <c>uploader</c> metadata where the store keeps metadata
    /// (blobs), or else the path's first folder (<see cref="UploaderAddress"/>).
    /// </param>
    public async Task<UploadDrop> HandleAsync(string path, string? uploader = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (!IsUpload(name))
        {
            return new UploadDrop(path, UploadDropStatus.Skipped);
        }

        IngestOutcome outcome;
        await using (var stored = await store.Files.OpenReadAsync(Containers.Uploads, path, cancellationToken))
        {
            if (stored is null)
            {
                return new UploadDrop(path, UploadDropStatus.Gone);
            }

            await using var content = await SeekableCopy.OfAsync(stored, cancellationToken);
            outcome = await ingestor.IngestAsync(content, name, uploader ?? await UploaderOfAsync(path, cancellationToken), cancellationToken);
        }

        await IngestCompletion.EnsureAsync(store, outcome, cancellationToken);
        var removed = await RemoveIfUnchangedAsync(path, outcome.Upload.Digest, cancellationToken);
        var status = !outcome.Accepted ? UploadDropStatus.Rejected : outcome.AlreadyStored ? UploadDropStatus.Unchanged : UploadDropStatus.Accepted;
        return new UploadDrop(path, status, outcome, removed);
    }

    private async Task<string?> UploaderOfAsync(string path, CancellationToken cancellationToken) =>
        store.Files is IFileMetadata metadata && await metadata.GetMetadataAsync(Containers.Uploads, path, UploaderAddress.MetadataKey, cancellationToken) is { Length: > 0 } named
            ? named
            : UploaderAddress.FromPath(path);

    // Hidden files (.DS_Store) and the "~$name.xlsx" lock files Excel writes beside an open workbook are not uploads.
    private static bool IsUpload(string name) => name.Length > 0 && !name.StartsWith('.') && !name.StartsWith("~$", StringComparison.Ordinal);

    // The port has no conditional delete, so the content is compared just before deleting; what is left is the moment
    // between the comparison and the delete, against the whole time of an ingest without it.
    private async Task<bool> RemoveIfUnchangedAsync(string path, string digest, CancellationToken cancellationToken)
    {
        await using (var current = await store.Files.OpenReadAsync(Containers.Uploads, path, cancellationToken))
        {
            if (current is null)
            {
                return true;
            }

            var hash = await SHA256.HashDataAsync(current, cancellationToken);
            if (!string.Equals(Convert.ToHexStringLower(hash), digest, StringComparison.Ordinal))
            {
                return false;
            }
        }

        await store.Files.DeleteAsync(Containers.Uploads, path, cancellationToken);
        return true;
    }
}

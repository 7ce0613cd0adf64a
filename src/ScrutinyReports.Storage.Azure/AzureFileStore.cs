using Azure;
using Azure.Storage.Blobs.Models;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// Files as block blobs, one container per port container. A blob becomes visible only when its upload commits, so a
/// reader never sees half a file. Writing without overwrite is one conditional request (If-None-Match: *): of two
/// writers racing for the same path exactly one wins, and the loser is told so rather than failing.
/// </summary>
internal sealed class AzureFileStore(StorageResources resources) : IFileStore, IFileMetadata
{
    public async Task<bool> WriteAsync(string container, string path, Stream content, bool overwrite, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var blob = (await resources.ContainerAsync(container, cancellationToken)).GetBlobClient(CheckedPath(path));
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypes.Of(path) },
            Conditions = overwrite ? null : new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        try
        {
            await blob.UploadAsync(content, options, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (!overwrite && ex.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task<Stream?> OpenReadAsync(string container, string path, CancellationToken cancellationToken = default)
    {
        var blob = (await resources.ContainerAsync(container, cancellationToken)).GetBlobClient(CheckedPath(path));
        try
        {
            // Seekable, read in chunks as the caller goes; fails rather than mixing versions if the blob is replaced meanwhile.
            return await blob.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<string>> ListAsync(string container, string prefix = "", CancellationToken cancellationToken = default)
    {
        var client = await resources.ContainerAsync(container, cancellationToken);
        var names = new List<string>();
        await foreach (var item in client.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
        {
            names.Add(item.Name);
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    public async Task DeleteAsync(string container, string path, CancellationToken cancellationToken = default)
    {
        var client = await resources.ContainerAsync(container, cancellationToken);
        await client.GetBlobClient(CheckedPath(path)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
    }

    public async Task<string?> GetMetadataAsync(string container, string path, string key, CancellationToken cancellationToken = default)
    {
        var blob = (await resources.ContainerAsync(container, cancellationToken)).GetBlobClient(CheckedPath(path));
        try
        {
            var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            return properties.Value.Metadata.TryGetValue(key, out var value) ? value : null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The blob's URL, without any SAS.</summary>
    public string Locate(string container, string path) =>
        resources.Container(container).GetBlobClient(CheckedPath(path)).Uri.GetLeftPart(UriPartial.Path);

    // A URL resolves "." and ".." segments, which would reach outside the container.
    private static string CheckedPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return path.Contains('\\', StringComparison.Ordinal) || path.Split('/').Any(segment => segment is "" or "." or "..")
            ? throw new ArgumentException($"The path {path} is not a plain relative path inside a container.", nameof(path))
            : path;
    }
}

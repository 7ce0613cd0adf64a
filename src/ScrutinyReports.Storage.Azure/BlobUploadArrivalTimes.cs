using Azure;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure;

/// <summary>
/// When a file in the uploads container arrived: its blob's last-modified time, which a new upload under the same
/// name resets. Lets the scanner take files oldest first and leave the newest to the blob trigger.
/// </summary>
internal sealed class BlobUploadArrivalTimes(AzureStore store) : IUploadArrivalTimes
{
    public async Task<DateTimeOffset?> ArrivedAtAsync(string path, CancellationToken cancellationToken = default)
    {
        var container = await store.Resources.ContainerAsync(Containers.Uploads, cancellationToken);
        try
        {
            return (await container.GetBlobClient(path).GetPropertiesAsync(cancellationToken: cancellationToken)).Value.LastModified;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}

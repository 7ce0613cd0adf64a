using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Functions;

/// <summary>
/// Takes in a file as soon as it lands in the uploads container. Event Grid delivers at least once; the handler
/// makes a repeat harmless. An exception leaves the blob in place: the trigger retries it, five times by default,
/// before putting it on the webjobs-blobtrigger-poison queue.
/// </summary>
public sealed class IngestUpload(UploadDropHandler handler, PipelineEvents events, ILogger<IngestUpload> logger)
{
    [Function(nameof(IngestUpload))]
    public async Task Run(
        [BlobTrigger(Containers.Uploads + "/{name}", Source = BlobTriggerSource.EventGrid, Connection = HostSettings.StoreConnection)] BlobClient blob,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var drop = await handler.HandleAsync(blob.Name, cancellationToken: cancellationToken);
        logger.LogInformation("Upload {Path}: {Status} with {ErrorCount} errors; removed from uploads: {Removed}",
            Echo.Plain(drop.Path), drop.Status, drop.Outcome?.ErrorCount ?? 0, drop.Removed);
        events.UploadHandled(drop);
    }
}

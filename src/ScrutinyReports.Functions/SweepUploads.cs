using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Pipeline.Hosting;

namespace ScrutinyReports.Functions;

/// <summary>
/// On UPLOAD_SWEEP_SCHEDULE, takes in every file that has waited in uploads for longer than <see cref="MinimumAge"/>:
/// one whose Event Grid event was never delivered (dead-lettered), or whose blob-trigger message went to the poison
/// queue. The same handler as <see cref="IngestUpload"/>, so a file both take in is stored once. Newer files are
/// left to the trigger, which is about to take them.
/// </summary>
public sealed class SweepUploads(UploadDropScanner scanner, PipelineEvents events, TimeProvider clock, ILogger<SweepUploads> logger)
{
    public static readonly TimeSpan MinimumAge = TimeSpan.FromMinutes(10);

    [Function(nameof(SweepUploads))]
    public async Task Run([TimerTrigger("%" + HostSettings.UploadSweepSchedule + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var swept = await scanner.ScanAsync(clock.GetUtcNow() - MinimumAge, cancellationToken);
        foreach (var drop in swept.Drops)
        {
            // A file found here was missed by the trigger: worth an operator's look at Event Grid's dead letters.
            logger.LogWarning("Upload {Path} waited over {Minutes} minutes and was taken in by the sweep: {Status}{Error}",
                Echo.Plain(drop.Path), MinimumAge.TotalMinutes, drop.Status, drop.Error is null ? string.Empty : ": " + drop.Error);
            events.UploadHandled(drop);
        }
    }
}

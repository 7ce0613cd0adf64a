using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Functions.Publication;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Functions;

/// <summary>
/// Tells the operator about a panel whose report failed five times (host.json maxDequeueCount) and was moved to
/// publications-poison: an error in the log and a PublicationFailed event, with the reason in PublishPanelReport's
/// earlier errors. The panel is marked failed in its wave, so the portal refresh need not wait for it, and the
/// message is taken off the poison queue: the next hourly firing queues the panel again once the cause is fixed.
/// </summary>
public sealed class ReportPoisonedPublication(IScrutinyStore store, PipelineEvents events, ILogger<ReportPoisonedPublication> logger)
{
    [Function(nameof(ReportPoisonedPublication))]
    public async Task Run([QueueTrigger(PublicationQueues.PoisonQueue, Connection = HostSettings.StoreConnection)] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = PanelPublicationMessage.TryRead(message.Body.ToString());
        if (request is null)
        {
            logger.LogError("A publication message that is not a panel and month reached {Queue}: {Body}", PublicationQueues.PoisonQueue, Echo.Plain(message.Body.ToString()));
            return;
        }

        logger.LogError("Panel {PanelId}'s report for {Period} (wave {Wave}) failed {Attempts} times and was set aside; see PublishPanelReport's errors for why. The next hourly firing tries again.",
            request.Panel, request.Period, request.Wave, PublicationQueues.MaxDequeueCount);
        await PublicationWave.MarkAsync(store.Files, request.Wave, request.Panel, PanelMark.Failed, cancellationToken);
        events.PublicationFailed(request.Panel, request.Period);
    }
}

using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Functions.Publication;
using ScrutinyReports.Pipeline;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Functions;

/// <summary>
/// Makes and stores one panel's report for one month, from a message the publication timer queued. A repeated
/// message is harmless: the report's input fingerprint makes an unchanged report no new version. A report that
/// cannot be made (a broken template override) fails the message, which the queue delivers again and, after five
/// attempts (host.json maxDequeueCount), moves to publications-poison, where <see cref="ReportPoisonedPublication"/>
/// tells the operator.
/// </summary>
public sealed class PublishPanelReport(MonthlyPublication publication, IScrutinyStore store, PipelineEvents events, ILogger<PublishPanelReport> logger)
{
    [Function(nameof(PublishPanelReport))]
    public async Task Run([QueueTrigger(PublicationQueues.PublicationsQueue, Connection = HostSettings.StoreConnection)] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = PanelPublicationMessage.TryRead(message.Body.ToString());
        var period = ReportingPeriodPattern.Parse(request?.Period, Frequency.Monthly);
        if (request is null || !period.Success)
        {
            // No retry can read it: returning takes it off the queue.
            logger.LogError("Publication message {MessageId} is not a panel and month and was set aside: {Body}", message.MessageId, Echo.Plain(message.Body.ToString()));
            return;
        }

        var outcome = await publication.PublishPanelAsync(period.Value, request.Panel, cancellationToken);
        if (outcome.Failure is { } failure)
        {
            logger.LogError("Panel {PanelId}'s report for {Period} (attempt {DequeueCount}): {Reason}", failure.PanelId, request.Period, message.DequeueCount, failure.Message);
            throw new PipelineException($"panel {failure.PanelId}'s report for {request.Period} could not be published; the queue delivers it again");
        }

        var published = outcome.Published!;
        await PublicationWave.MarkAsync(store.Files, request.Wave, request.Panel, published.IsNewVersion ? PanelMark.Published : PanelMark.Unchanged, cancellationToken);
        logger.LogInformation("Panel {PanelId}'s report for {Period} (wave {Wave}, attempt {DequeueCount}): {Outcome} version {Version}",
            request.Panel, request.Period, request.Wave, message.DequeueCount, published.IsNewVersion ? "new" : "unchanged", published.Version.Version);
        events.PanelPublished(published);
    }
}

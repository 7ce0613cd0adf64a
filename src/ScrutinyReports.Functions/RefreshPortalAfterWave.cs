using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Functions.Publication;
using ScrutinyReports.Pipeline.Portal;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Functions;

/// <summary>
/// Regenerates the portal once per publication wave, after every panel of it is done. The timer queues one message per
/// wave, visible after a couple of minutes; each look counts the wave's panel markers and, while some are missing,
/// queues itself again for a later look. The portal is rewritten once, when every panel is accounted for (published,
/// unchanged or set aside as poison), or at <see cref="GiveUpAfter"/> at the latest, and only if a new version was
/// published.
/// </summary>
/// <remarks>
/// Why not refresh from the last panel's message: panels finish on different instances at once, so "the last" needs a
/// counter every message updates under contention, and a panel that goes to the poison queue never finishes at all.
/// Why not one delayed refresh without looking: a wave's length depends on the number of panels and on cold starts,
/// so any fixed delay either waits too long for a council or refreshes too early for an alliance.
/// </remarks>
public sealed class RefreshPortalAfterWave(PortalRefresher portal, PublicationQueues queues, IScrutinyStore store, TimeProvider clock, ILogger<RefreshPortalAfterWave> logger)
{
    /// <summary>Longer than five attempts of a panel's message (host.json visibilityTimeout 5 minutes each) take.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(40);

    [Function(nameof(RefreshPortalAfterWave))]
    public async Task Run([QueueTrigger(PublicationQueues.PortalRefreshQueue, Connection = HostSettings.StoreConnection)] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var waveId = message.Body.ToString().Trim();
        var wave = await PublicationWave.ReadAsync(store.Files, waveId, cancellationToken);
        if (wave is null)
        {
            logger.LogError("Portal refresh for wave {Wave}: no such wave; set aside", Echo.Plain(waveId));
            return;
        }

        var marks = await wave.MarksAsync(store.Files, cancellationToken);
        var done = wave.Panels.Count(marks.ContainsKey);
        var waited = clock.GetUtcNow() - wave.QueuedAt;
        if (done < wave.Panels.Count && waited < GiveUpAfter)
        {
            await queues.EnqueueRefreshAsync(wave.Id, PublicationQueues.RefreshCheckInterval, cancellationToken);
            logger.LogInformation("Portal refresh for wave {Wave}: {Done} of {Panels} panels done; looking again later", wave.Id, done, wave.Panels.Count);
            return;
        }

        if (done < wave.Panels.Count)
        {
            logger.LogWarning("Portal refresh for wave {Wave}: only {Done} of {Panels} panels done after {Minutes:0} minutes; refreshing with what there is",
                wave.Id, done, wave.Panels.Count, waited.TotalMinutes);
        }

        var published = marks.Values.Count(mark => mark == PanelMark.Published);
        if (published > 0 || done < wave.Panels.Count)
        {
            await portal.RefreshAsync(cancellationToken);
        }

        logger.LogInformation("Portal refresh for wave {Wave}: {Published} new versions; portal {Refreshed}", wave.Id, published, published > 0 || done < wave.Panels.Count ? "refreshed" : "unchanged");
    }
}

using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Pipeline.Portal;

/// <summary>
/// Regenerates every configured portal (<see cref="NotificationOptions.PortalTargets"/>) after a publication. Kept apart
/// from sending so that a council without a working mail server still gets its site. Cheap when nothing changed.
/// </summary>
public sealed class PortalRefresher(PortalSiteWriter writer, NotificationOptions options)
{
    // The writer must not run twice at once on one target; a host may publish and send at the same moment.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public IReadOnlyList<PortalTarget> Targets => options.PortalTargets;

    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var target in options.PortalTargets)
            {
                await writer.WriteAsync(target, cancellationToken);
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}

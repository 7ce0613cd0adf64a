using System.Reflection;
using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Portal;

/// <summary>
/// Writes the reports portal, a static site of plain HTML pages, into a container of the store: an index of panels
/// and months, a page per panel and month listing every version, and copies of each version's report files beside
/// them, so that every link is relative and works alike from disk and from a static website. A panel with a follow-up
/// log also gets a page of its open items ({panel}/follow-up.html), overdue as at the day of writing. Panels a portal
/// leaves out (internal ones on a public portal) have no log page there either.
/// </summary>
/// <remarks>
/// Writing again is cheap and changes nothing when nothing is new: a page is written only when its bytes differ from
/// what is there, and report files (immutable once their version is recorded) are copied only when missing. Pages and
/// copies of versions no longer included are removed, but only those the writer owns (see <see cref="PortalOwnership"/>).
/// Not safe to run twice at once against the same container.
/// </remarks>
public sealed class PortalSiteWriter(IScrutinyStore store, TimeProvider? clock = null)
{
    // The writer deletes in its target, so it must never be pointed at a container the pipeline keeps its own files in.
    private static readonly string[] StoreContainers = [.. typeof(Containers).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)];

    public async Task<PortalSite> WriteAsync(PortalTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (StoreContainers.Contains(target.Container, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The portal cannot be written into the store's own {target.Container} container.", nameof(target));
        }

        var (panels, panelIds) = await new PortalContentsReader(store).ReadAsync(target.IncludeInternal, cancellationToken);
        var existing = (await store.Files.ListAsync(target.Container, cancellationToken: cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var wanted = new HashSet<string>(StringComparer.Ordinal) { PortalLinks.Index };
        var copied = 0;
        var written = 0;
        var versions = 0;

        foreach (var period in panels.SelectMany(panel => panel.Periods))
        {
            foreach (var version in period.Versions)
            {
                versions++;
                copied += await CopyFilesAsync(target.Container, version, existing, wanted, cancellationToken);
            }

            wanted.Add(period.PagePath);
            written += await WritePageAsync(target.Container, period.PagePath, PeriodPage.Render(period), existing, cancellationToken);
        }

        var today = UkTime.DateOf((clock ?? TimeProvider.System).GetUtcNow());
        var subscribers = await Notifications.SubscriberDirectory.LoadAsync(store.Files, cancellationToken);
        var openCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var panel in panels)
        {
            var log = await store.FollowUps.ListAsync(panel.Id, cancellationToken);
            if (log.Count == 0)
            {
                continue;
            }

            var open = Domain.FollowUp.FollowUpOrdering.ForPack(log.Where(item => item.IsOpen), today, today);
            openCounts[panel.Id] = open.Count;
            var page = PortalLinks.FollowUpPage(panel.Id);
            wanted.Add(page);
            written += await WritePageAsync(target.Container, page, FollowUpPage.Render(panel, open, today, subscribers), existing, cancellationToken);
        }

        written += await WritePageAsync(target.Container, PortalLinks.Index, IndexPage.Render(panels, openCounts), existing, cancellationToken);
        var deleted = 0;
        foreach (var stale in existing.Where(path => !wanted.Contains(path) && PortalOwnership.Owns(path, panelIds)).Order(StringComparer.Ordinal))
        {
            await store.Files.DeleteAsync(target.Container, stale, cancellationToken);
            deleted++;
        }

        return new PortalSite(written, copied, deleted, versions, store.Files.Locate(target.Container, PortalLinks.Index));
    }

    private async Task<int> CopyFilesAsync(string container, PortalVersion version, HashSet<string> existing, HashSet<string> wanted, CancellationToken cancellationToken)
    {
        var copied = 0;
        foreach (var file in version.Files)
        {
            var path = string.Join('/', VersionFragments.CopyPath(version, file));
            wanted.Add(path);
            if (existing.Contains(path))
            {
                continue;
            }

            await using var source = await store.Files.OpenReadAsync(Containers.Reports, $"{version.Version.Folder}/{file}", cancellationToken)
                ?? throw new PipelineException($"the report file {version.Version.Folder}/{file} is missing from the store's reports");
            if (await store.Files.WriteAsync(container, path, source, overwrite: false, cancellationToken))
            {
                copied++;
            }
        }

        return copied;
    }

    private async Task<int> WritePageAsync(string container, string path, byte[] content, HashSet<string> existing, CancellationToken cancellationToken)
    {
        if (existing.Contains(path) && await HasContentAsync(container, path, content, cancellationToken))
        {
            return 0;
        }

        using var stream = new MemoryStream(content, writable: false);
        await store.Files.WriteAsync(container, path, stream, overwrite: true, cancellationToken);
        return 1;
    }

    private async Task<bool> HasContentAsync(string container, string path, byte[] content, CancellationToken cancellationToken)
    {
        await using var current = await store.Files.OpenReadAsync(container, path, cancellationToken);
        if (current is null || (current.CanSeek && current.Length != content.Length))
        {
            return false;
        }

        using var buffer = new MemoryStream(content.Length);
        await current.CopyToAsync(buffer, cancellationToken);
        return buffer.TryGetBuffer(out var bytes) && bytes.AsSpan().SequenceEqual(content);
    }
}

using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Portal;

/// <summary>
/// Gathers what a portal shows from the store: each panel's recorded versions, read from their report.json. A
/// version is public only if its report.json says so and its panel, as stored now, is public too; so switching a
/// panel to internal takes its earlier reports off a public portal.
/// </summary>
internal sealed class PortalContentsReader(IScrutinyStore store)
{
    private const int ParallelReads = 8;

    public async Task<(IReadOnlyList<PortalPanel> Panels, IReadOnlySet<string> PanelIds)> ReadAsync(bool includeInternal, CancellationToken cancellationToken)
    {
        var panels = (await store.Panels.ListAsync(cancellationToken)).ToList();
        if (!panels.Exists(panel => panel.Id == Panel.Default.Id))
        {
            // Reports published before any panel was imported belong to the default panel.
            panels.Add(Panel.Default);
        }

        var included = new List<PortalPanel>();
        foreach (var panel in panels.OrderBy(panel => panel.Name, StringComparer.Ordinal).ThenBy(panel => panel.Id, StringComparer.Ordinal))
        {
            if (!includeInternal && panel.Audience != Audience.Public)
            {
                continue;
            }

            if (await ReadPanelAsync(panel, includeInternal, cancellationToken) is { } read)
            {
                included.Add(read);
            }
        }

        return (included, panels.Select(panel => panel.Id).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>One panel with its periods, newest first; null when it has no version to show.</summary>
    public async Task<PortalPanel?> ReadPanelAsync(Panel panel, bool includeInternal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var versions = await ReadVersionsAsync(await store.Reports.ListAsync(panel.Id, cancellationToken), includeInternal, cancellationToken);
        var periods = versions
            .GroupBy(version => version.Version.Period, StringComparer.Ordinal)
            .OrderByDescending(group => group.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var newestFirst = group.OrderByDescending(version => version.Version.Version).ToList();
                return new PortalPeriod(panel.Id, panel.Name, group.Key, newestFirst[0].Summary.PeriodLabel, newestFirst);
            })
            .ToList();
        return periods.Count > 0 ? new PortalPanel(panel.Id, panel.Name, periods) : null;
    }

    private async Task<IReadOnlyList<PortalVersion>> ReadVersionsAsync(IReadOnlyList<ReportVersion> versions, bool includeInternal, CancellationToken cancellationToken)
    {
        var read = new PortalVersion?[versions.Count];
        await Parallel.ForAsync(0, versions.Count, new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (i, token) => read[i] = await ReadVersionAsync(versions[i], token));
        return [.. read.OfType<PortalVersion>().Where(version => includeInternal || version.Summary.IsPublic)];
    }

    private async Task<PortalVersion?> ReadVersionAsync(ReportVersion version, CancellationToken cancellationToken)
    {
        VersionSummary summary;
        await using (var json = await store.Files.OpenReadAsync(Containers.Reports, $"{version.Folder}/{ReportFiles.Json}", cancellationToken))
        {
            if (json is null)
            {
                return null;
            }

            summary = await VersionSummaryReader.ReadAsync(json, cancellationToken);
        }

        await using var pdf = await store.Files.OpenReadAsync(Containers.Reports, $"{version.Folder}/{ReportFiles.Pdf}", cancellationToken);
        await using var xlsx = await store.Files.OpenReadAsync(Containers.Reports, $"{version.Folder}/{ReportFiles.Xlsx}", cancellationToken);
        return pdf is null ? null : new PortalVersion(version, summary, pdf.Length, xlsx?.Length);
    }
}

using System.Globalization;
using System.Text.Json;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Functions.Publication;

/// <summary>What became of one panel in a wave, as its marker file says.</summary>
public enum PanelMark
{
    /// <summary>A new version was published.</summary>
    Published,

    /// <summary>The report's inputs had not changed: no new version.</summary>
    Unchanged,

    /// <summary>Its message kept failing and went to publications-poison.</summary>
    Failed,
}

/// <summary>
/// One firing's publication: the panels whose messages the timer queued for a month. Kept as a small JSON file in the
/// reports container (<c>_waves/ID/wave.json</c>), with one marker per panel beside it once its message is done
/// (<c>_waves/ID/PANEL.published</c>, <c>.unchanged</c> or <c>.failed</c>), so that the portal is refreshed once,
/// when every panel is accounted for, not once per panel. The publication timer removes waves older than
/// <see cref="KeptFor"/> (<see cref="SweepAsync"/>).
/// </summary>
/// <remarks>
/// Why by age, from the timer, and not by the portal refresh once it is done: queues deliver at least once, so a panel's
/// message can still arrive after its wave's refresh (a repeat, a retry past <c>RefreshPortalAfterWave.GiveUpAfter</c>, the
/// poison queue's report), and its marker would recreate the folder without its wave.json, which nothing would then
/// remove. A wave queued more than <see cref="KeptFor"/> ago can have no message left anywhere (a queue message lives
/// seven days), and the sweep goes by the time in the folder's name, so such a stray marker is removed too. A week of
/// waves also stays for an operator asking what happened to a panel.
/// </remarks>
public sealed record PublicationWave(string Id, string Period, string Kind, DateTimeOffset QueuedAt, IReadOnlyList<string> Panels)
{
    private const string Folder = "_waves";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>How long a wave's folder is kept: longer than a queue message lives (seven days by default).</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(8);

    /// <summary>A wave's id: its month and the instant it was queued, which sorts waves by time.</summary>
    public static string IdFor(string period, DateTimeOffset queuedAt) =>
        period + "-" + queuedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public async Task WriteAsync(IFileStore files, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(this, Json), writable: false);
        await files.WriteAsync(Containers.Reports, $"{Folder}/{Id}/wave.json", content, overwrite: true, cancellationToken);
    }

    public static async Task<PublicationWave?> ReadAsync(IFileStore files, string id, CancellationToken cancellationToken)
    {
        await using var content = await files.OpenReadAsync(Containers.Reports, $"{Folder}/{id}/wave.json", cancellationToken);
        return content is null ? null : await JsonSerializer.DeserializeAsync<PublicationWave>(content, Json, cancellationToken);
    }

    /// <summary>Marks what became of a panel; a later mark of a repeated message replaces nothing it should not (the last one wins).</summary>
    public static async Task MarkAsync(IFileStore files, string id, string panel, PanelMark mark, CancellationToken cancellationToken)
    {
        using var empty = new MemoryStream([], writable: false);
        await files.WriteAsync(Containers.Reports, $"{Folder}/{id}/{panel}.{mark.ToString().ToLowerInvariant()}", empty, overwrite: true, cancellationToken);
    }

    /// <summary>
    /// Deletes every wave folder whose id says it was queued more than <see cref="KeptFor"/> before <paramref name="now"/>,
    /// whether or not its wave.json is there; a folder whose name is not a wave id is left alone.
    /// </summary>
    /// <returns>The ids of the waves removed.</returns>
    public static async Task<IReadOnlyList<string>> SweepAsync(IFileStore files, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var removed = new List<string>();
        var paths = await files.ListAsync(Containers.Reports, Folder + "/", cancellationToken);
        foreach (var wave in paths.GroupBy(path => path.Split('/')[1], StringComparer.Ordinal))
        {
            if (QueuedAtOf(wave.Key) is { } queuedAt && now - queuedAt > KeptFor)
            {
                // wave.json last: a folder half swept (the host stopped) still reads as its wave, and the next sweep finishes it.
                foreach (var path in wave.OrderBy(path => path.EndsWith("/wave.json", StringComparison.Ordinal)))
                {
                    await files.DeleteAsync(Containers.Reports, path, cancellationToken);
                }

                removed.Add(wave.Key);
            }
        }

        return removed;
    }

    // The instant in a wave id (IdFor), or null when the name is not one.
    private static DateTimeOffset? QueuedAtOf(string id) =>
        id.LastIndexOf('-') is var dash and > 0 &&
        DateTimeOffset.TryParseExact(id[(dash + 1)..], "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var queuedAt)
            ? queuedAt
            : null;

    /// <summary>Each panel of the wave that is done, with what became of it (published wins over a repeat's unchanged).</summary>
    public async Task<IReadOnlyDictionary<string, PanelMark>> MarksAsync(IFileStore files, CancellationToken cancellationToken)
    {
        var marks = new Dictionary<string, PanelMark>(StringComparer.Ordinal);
        foreach (var path in await files.ListAsync(Containers.Reports, $"{Folder}/{Id}/", cancellationToken))
        {
            var name = path[(path.LastIndexOf('/') + 1)..];
            var dot = name.LastIndexOf('.');
            if (dot > 0 && Enum.TryParse<PanelMark>(name[(dot + 1)..], ignoreCase: true, out var mark))
            {
                var panel = name[..dot];
                marks[panel] = marks.TryGetValue(panel, out var earlier) && earlier < mark ? earlier : mark;
            }
        }

        return marks;
    }
}

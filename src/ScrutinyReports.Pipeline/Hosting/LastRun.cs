using System.Text.Json;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Hosting;

/// <summary>
/// The monthly schedule's memory: the occurrence that last ran to completion, the month it published, when it ran
/// and under which schedule. The port has no settings table, so this is a small JSON file in the reports container
/// (<see cref="Path"/>). It is written only after every panel's report was published, so a run that failed part way
/// is due again.
/// </summary>
public sealed record LastRun(DateTimeOffset Occurrence, string Period, DateTimeOffset RanAt, string Schedule)
{
    /// <summary>Where the record lives in <see cref="Containers.Reports"/>; "_" keeps it apart from panels' folders.</summary>
    public const string Path = "_schedule/last-run.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The record, or null when the schedule has never run here. A damaged record counts as none: the run it causes publishes only what is missing.</summary>
    public static async Task<LastRun?> ReadAsync(IFileStore files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        await using var content = await files.OpenReadAsync(Containers.Reports, Path, cancellationToken);
        if (content is null)
        {
            return null;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<LastRun>(content, Json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public async Task WriteAsync(IFileStore files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(this, Json), writable: false);
        await files.WriteAsync(Containers.Reports, Path, content, overwrite: true, cancellationToken);
    }
}

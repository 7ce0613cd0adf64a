using System.Text.Json;
using ScrutinyReports.Domain.Statistics;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Population;

/// <summary>
/// The council's child population, kept beside the comparators as one JSON document replaced whole on each import
/// (a few hundred figures), in whichever store the pipeline runs on. The file it came from is kept in the archive.
/// </summary>
public static class ChildPopulationDocument
{
    public const string Path = "child-population.json";

    /// <summary>The archive folder that keeps every population file imported, named by content hash.</summary>
    public const string ArchiveFolder = "population/";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task SaveAsync(IFileStore files, ChildPopulation population, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(population);
        var stored = new Stored(population.Source,
            population.Years.Select(year => new StoredYear(year, population.For(year).Select(e => new StoredEstimate(e.Age, e.Sex, e.Count)).ToList())).ToList());
        using var buffer = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(stored, Options));
        await files.WriteAsync(Containers.Comparators, Path, buffer, overwrite: true, cancellationToken);
    }

    /// <summary>The population last imported, or null when none has been.</summary>
    public static async Task<ChildPopulation?> LoadAsync(IFileStore files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        await using var stream = await files.OpenReadAsync(Containers.Comparators, Path, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        var stored = await JsonSerializer.DeserializeAsync<Stored>(stream, Options, cancellationToken) ?? throw new InvalidDataException("The child population document is empty.");
        try
        {
            return new ChildPopulation(
                stored.Years.ToDictionary(y => y.Year, y => (IReadOnlyList<SingleYearPopulation>)y.Estimates.Select(e => new SingleYearPopulation(e.Age, e.Sex, e.Count)).ToList()),
                stored.Source);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"The child population document is not whole: {e.Message}", e);
        }
    }

    private sealed record Stored(string Source, List<StoredYear> Years);

    private sealed record StoredYear(int Year, List<StoredEstimate> Estimates);

    private sealed record StoredEstimate(int Age, string Sex, long Count);
}

using System.Security.Cryptography;
using ScrutinyReports.Domain.Statistics;
using ScrutinyReports.Ingestion.Population;
using ScrutinyReports.Ingestion.Uploads;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Population;

/// <summary>The outcome of a population import: the estimates stored, or why none were.</summary>
public sealed record ChildPopulationImportResult(ChildPopulation? Population, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Replaces the council's child population (<see cref="ChildPopulationReader"/>) with a file's, keeping the file in
/// the archive under its content hash; a file with any error changes nothing.
/// </summary>
public sealed class ChildPopulationImporter(IScrutinyStore store)
{
    /// <param name="content">A seekable stream of the file.</param>
    public async Task<ChildPopulationImportResult> ImportAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var diagnostics = new UploadDiagnostics();
        var population = ChildPopulationReader.Read(content, fileName, diagnostics);
        if (diagnostics.HasErrors || population is null)
        {
            return new ChildPopulationImportResult(null, diagnostics.Lines().ToList());
        }

        content.Position = 0;
        var digest = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        content.Position = 0;
        await store.Files.WriteAsync(Containers.Archive, $"{ChildPopulationDocument.ArchiveFolder}{digest}{Path.GetExtension(fileName).ToLowerInvariant()}", content, overwrite: false, cancellationToken);
        await ChildPopulationDocument.SaveAsync(store.Files, population, cancellationToken);
        return new ChildPopulationImportResult(population, []);
    }
}

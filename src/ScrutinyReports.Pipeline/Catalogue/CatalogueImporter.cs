using ScrutinyReports.Ingestion.Catalogue;
using ScrutinyReports.Ingestion.Uploads;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Catalogue;

/// <summary>The outcome of a catalogue import: how many indicators were added or replaced, or why none were.</summary>
public sealed record CatalogueImportResult(int Imported, int CatalogueSize, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>For a breakdown list: the dimensions it declared, each with its number of categories; null for indicator definitions.</summary>
    public IReadOnlyList<(string Dimension, int Categories)>? DeclaredDimensions { get; init; }
}

/// <summary>
/// Imports indicator definitions, replacing those with the same id; a file with any error changes nothing. A file that
/// would leave a rate and its count worded differently (see <see cref="Domain.Indicators.RateCountConsistency"/>) is refused.
/// A file headed dimension and category is a breakdown list (<see cref="BreakdownListReader"/>): each dimension it names
/// replaces the council's earlier list of that name (or the built-in DfE list), and other declared dimensions are kept.
/// </summary>
public sealed class CatalogueImporter(IScrutinyStore store)
{
    /// <param name="content">A seekable stream of the file.</param>
    public async Task<CatalogueImportResult> ImportAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (BreakdownListReader.IsBreakdownList(content, fileName))
        {
            return await ImportBreakdownsAsync(content, fileName, cancellationToken);
        }

        var diagnostics = new UploadDiagnostics();
        var indicators = CatalogueReader.Read(content, fileName, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new CatalogueImportResult(0, 0, diagnostics.Lines().ToList());
        }

        var merged = (await store.Catalogue.GetAsync(cancellationToken)).Merge(indicators);

        // A rate and its count worded differently (one judged, one context) would contradict each other in the pack.
        var incoming = indicators.Select(i => i.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var inconsistent = Domain.Indicators.RateCountConsistency.Check(merged, DerivedIndicators.Pairs)
            .Where(problem => incoming.Any(id => problem.Contains(id + " ", StringComparison.OrdinalIgnoreCase)))
            .Select(problem => $"{fileName}: {problem}")
            .ToList();
        if (inconsistent.Count > 0)
        {
            return new CatalogueImportResult(0, 0, inconsistent);
        }

        await store.Catalogue.SaveAsync(merged, cancellationToken);
        return new CatalogueImportResult(indicators.Count, merged.Count, []);
    }

    private async Task<CatalogueImportResult> ImportBreakdownsAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        var diagnostics = new UploadDiagnostics();
        var declared = BreakdownListReader.Read(content, fileName, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new CatalogueImportResult(0, 0, diagnostics.Lines().ToList());
        }

        var earlier = await store.Catalogue.GetDeclaredDimensionsAsync(cancellationToken);
        var merged = earlier.Select(d => declared.FirstOrDefault(n => n.Name == d.Name) ?? d)
            .Concat(declared.Where(d => earlier.All(e => e.Name != d.Name)))
            .ToList();
        await store.Catalogue.SaveDeclaredDimensionsAsync(merged, cancellationToken);
        return new CatalogueImportResult(declared.Sum(d => d.Categories.Count), (await store.Catalogue.GetAsync(cancellationToken)).Count, [])
        {
            DeclaredDimensions = declared.Select(d => (d.Name, d.Categories.Count)).ToList(),
        };
    }
}

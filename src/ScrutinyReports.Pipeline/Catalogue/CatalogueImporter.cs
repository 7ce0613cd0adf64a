using ScrutinyReports.Ingestion.Catalogue;
using ScrutinyReports.Ingestion.Uploads;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Catalogue;

/// <summary>The outcome of a catalogue import: how many indicators were added or replaced, or why none were.</summary>
public sealed record CatalogueImportResult(int Imported, int CatalogueSize, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports indicator definitions, replacing those with the same id; a file with any error changes nothing. A file that
/// would leave a rate and its count worded differently (see <see cref="Domain.Indicators.RateCountConsistency"/>) is refused.
/// </summary>
public sealed class CatalogueImporter(IScrutinyStore store)
{
    public async Task<CatalogueImportResult> ImportAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
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
}

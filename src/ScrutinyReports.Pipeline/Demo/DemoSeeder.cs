using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Comparators;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Demo;

/// <summary>
/// Fills a store with the built-in catalogue, the demo panel, its subscriber list (unless the store has one), its
/// follow-up log and 25 months of the fictional council's figures, ingested through the same path as an officer's
/// upload, then publishes the latest month's report. Running it again changes nothing: the same upload is recognised and the report's inputs are unchanged.
/// Given published DfE files, it first imports a real authority's England, region and statistical neighbour figures
/// as the fictional council's comparators, and the report says which are fictional and which are real.
/// </summary>
public sealed class DemoSeeder(IScrutinyStore store, UploadIngestor ingestor, ReportPublisher publisher, ComparatorImporter importer, TimeProvider clock)
{
    /// <summary>A seeder stamping the subscriber list it imports with the system clock.</summary>
    public DemoSeeder(IScrutinyStore store, UploadIngestor ingestor, ReportPublisher publisher, ComparatorImporter importer)
        : this(store, ingestor, publisher, importer, TimeProvider.System)
    {
    }

    /// <summary>Wolverhampton: the authority whose published comparators the demo borrows unless told otherwise.</summary>
    public const string DefaultComparatorAuthority = "336";

    public const string UploadName = "northbridge-performance-2017-09-to-2019-09.csv";

    public Task<(IngestOutcome Upload, PublishedReport Report)> SeedAsync(CancellationToken cancellationToken = default) =>
        SeedAsync(comparatorFiles: null, DefaultComparatorAuthority, cancellationToken);

    /// <param name="comparatorFiles">Published DfE files by file name, as <see cref="ComparatorImporter"/> reads them; null for no comparators.</param>
    /// <param name="localAuthority">The DfE code of the real authority whose region, England and neighbour figures are borrowed.</param>
    public async Task<(IngestOutcome Upload, PublishedReport Report)> SeedAsync(IReadOnlyDictionary<string, Func<Stream>>? comparatorFiles, string localAuthority,
        CancellationToken cancellationToken = default)
    {
        var catalogue = (await store.Catalogue.GetAsync(cancellationToken)).Merge(BuiltInCatalogue.Indicators.Indicators);
        await store.Catalogue.SaveAsync(catalogue, cancellationToken);
        await store.Panels.SaveAsync(DemoCouncil.Panel, cancellationToken);
        await DemoSubscribers.SeedAsync(store, clock, cancellationToken);
        await DemoFollowUpLog.SeedAsync(store, cancellationToken);
        if (comparatorFiles is not null)
        {
            var imported = await importer.ImportBorrowedAsync(comparatorFiles, localAuthority, cancellationToken);
            if (!imported.Succeeded)
            {
                throw new PipelineException("the demo's comparators could not be imported: " + string.Join("; ", imported.Errors));
            }
        }

        // An illustrative child population (not ONS figures), so that children in care by age and sex are set against it.
        using (var population = DemoPopulation.WriteCsv())
        {
            var imported = await new Population.ChildPopulationImporter(store).ImportAsync(population, DemoPopulation.FileName, cancellationToken);
            if (!imported.Succeeded)
            {
                throw new InvalidOperationException("The demo's child population was rejected: " + string.Join("; ", imported.Errors));
            }
        }

        using var upload = DemoDataGenerator.WriteCsv(BuiltInCatalogue.Indicators);
        var outcome = await ingestor.IngestAsync(upload, UploadName, DemoCouncil.Uploader, cancellationToken);
        if (!outcome.Accepted)
        {
            throw new InvalidOperationException("The demo data was rejected: " + string.Join("; ", outcome.Errors));
        }

        var report = await publisher.PublishAsync(DemoCouncil.LatestMonth, DemoCouncil.Panel.Id, cancellationToken);
        return (outcome, report);
    }
}

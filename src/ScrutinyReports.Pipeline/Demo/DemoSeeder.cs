using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Demo;

/// <summary>
/// Fills a store with the built-in catalogue, the demo panel and 25 months of the fictional council's figures,
/// ingested through the same path as an officer's upload, then publishes the latest month's report.
/// Running it again changes nothing: the same upload is recognised and the report's inputs are unchanged.
/// </summary>
public sealed class DemoSeeder(IScrutinyStore store, UploadIngestor ingestor, ReportPublisher publisher)
{
    public const string UploadName = "northbridge-performance-2017-09-to-2019-09.csv";

    public async Task<(IngestOutcome Upload, PublishedReport Report)> SeedAsync(CancellationToken cancellationToken = default)
    {
        var catalogue = (await store.Catalogue.GetAsync(cancellationToken)).Merge(BuiltInCatalogue.Indicators.Indicators);
        await store.Catalogue.SaveAsync(catalogue, cancellationToken);
        await store.Panels.SaveAsync(DemoCouncil.Panel, cancellationToken);
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

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Portal;
using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>The reports portal written into Azure Storage's static website container ($web) on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PortalOnAzuriteTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PublicWebsite_IsWrittenToTheStaticWebsiteContainer_AndWritingAgainChangesNothing()
    {
        await using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(TestFigures.Start))
            .AddIndicatorPipeline()
            .AddAzureStorage(azurite.ConnectionString, new AzureStoreOptions { NamePrefix = AzuriteFixture.NewPrefix() })
            .BuildServiceProvider();
        var store = services.GetRequiredService<IScrutinyStore>();
        try
        {
            await store.Catalogue.SaveAsync(BuiltInCatalogue.Indicators);
            using (var upload = new MemoryStream("indicator,period,value\nCLA_COUNT,2019-09,588\n"u8.ToArray()))
            {
                Assert.True((await services.GetRequiredService<UploadIngestor>().IngestAsync(upload, "september.csv", "officer@council.example")).Accepted);
            }

            await services.GetRequiredService<ReportPublisher>().PublishAsync(ReportingPeriod.Month(2019, 9));
            var writer = new PortalSiteWriter(store);

            var site = await writer.WriteAsync(PortalTarget.PublicWebsite);
            var again = await writer.WriteAsync(PortalTarget.PublicWebsite);

            Assert.Equal("$web", PortalTarget.PublicWebsite.Container);
            Assert.EndsWith("/$web/index.html", site.IndexPath, StringComparison.Ordinal);
            Assert.Equal((2, 4, 1), (site.PagesWritten, site.FilesCopied, site.VersionsIncluded));
            Assert.Equal(
                ["default/2019-09/index.html", "index.html", "reports/default/2019-09/v1/report.html", "reports/default/2019-09/v1/report.json", "reports/default/2019-09/v1/report.pdf", "reports/default/2019-09/v1/report.xlsx"],
                await store.Files.ListAsync(PortalTarget.PublicWebsite.Container));
            Assert.Equal((0, 0), (again.PagesWritten, again.FilesCopied));
        }
        finally
        {
            await AzuriteFixture.DeleteStoreAsync(store);
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ScrutinyReports.Pipeline;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Storage.Local;

namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>The whole pipeline (ingest, publish) on the Azure store, registered as a host would, against the local store.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzurePipelineTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateTimeOffset Now = new(2019, 10, 14, 8, 30, 0, TimeSpan.Zero);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "scrutiny-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Demo_PublishesTheSameReportAsTheLocalStore_AndAgainChangesNothing()
    {
        await using var azure = Services(services => services.AddAzureStorage(azurite.ConnectionString, new AzureStoreOptions { NamePrefix = AzuriteFixture.NewPrefix() }));
        await using var local = Services(services => services.AddLocalStore(folder));
        var azureStore = azure.GetRequiredService<IScrutinyStore>();
        try
        {
            var (upload, report) = await azure.GetRequiredService<DemoSeeder>().SeedAsync();
            var (_, localReport) = await local.GetRequiredService<DemoSeeder>().SeedAsync();

            Assert.True(upload.Accepted);
            Assert.StartsWith("http://127.0.0.1:", report.JsonPath, StringComparison.Ordinal);
            Assert.Equal(await ReadAsync(local.GetRequiredService<IScrutinyStore>(), localReport), await ReadAsync(azureStore, report));

            var (again, republished) = await azure.GetRequiredService<DemoSeeder>().SeedAsync();
            Assert.True(again.Commit!.AlreadyStored);
            Assert.False(republished.IsNewVersion);
            Assert.Single(await azureStore.Uploads.ListAsync());
            // The upload, its receipt and the demo's illustrative child population, each kept once.
            Assert.Equal(3, (await azureStore.Files.ListAsync(Containers.Archive)).Count);
        }
        finally
        {
            await AzuriteFixture.DeleteStoreAsync(azureStore);
        }
    }

    private static ServiceProvider Services(Action<IServiceCollection> addStore)
    {
        var services = new ServiceCollection().AddSingleton<TimeProvider>(new FakeTimeProvider(Now)).AddIndicatorPipeline();
        addStore(services);
        return services.BuildServiceProvider();
    }

    private static async Task<byte[]> ReadAsync(IScrutinyStore store, PublishedReport report)
    {
        await using var json = await store.Files.OpenReadAsync(Containers.Reports, $"{report.Version.Folder}/{ReportFiles.Json}");
        using var copy = new MemoryStream();
        await json!.CopyToAsync(copy);
        return copy.ToArray();
    }
}

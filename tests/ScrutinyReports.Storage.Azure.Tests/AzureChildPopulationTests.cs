using System.Globalization;
using System.Text;
using ScrutinyReports.Pipeline.Population;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>The child population imported into the Azure store: the document read back whole, the file kept in the archive blob container.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureChildPopulationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Import_StoresThePopulationInBlobs_AndAnErroneousFileChangesNothing()
    {
        var store = await AzureStore.OpenAsync(azurite.ConnectionString, new AzureStoreOptions { NamePrefix = AzuriteFixture.NewPrefix() });
        await using var _ = store;
        try
        {
            var csv = "year,age,sex,population\n" + string.Concat(Enumerable.Range(0, 18).Select(age => string.Create(CultureInfo.InvariantCulture, $"2019,{age},Male,{1000 + age}\n2019,{age},Female,{950 + age}\n")));
            var importer = new ChildPopulationImporter(store);

            var result = await importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "mye.csv");
            var rejected = await importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv.Replace("2019,0,Male", "2019,0,Girl", StringComparison.Ordinal))), "bad.csv");

            Assert.True(result.Succeeded);
            Assert.False(rejected.Succeeded);
            var stored = await ChildPopulationDocument.LoadAsync(store.Files);
            Assert.Equal(("mye.csv", 2019), (stored!.Source, Assert.Single(stored.Years)));
            // Under 1: boys 1,000 and girls 950. Boys aged 0 to 17: 18 × 1,000 + (0 + 1 + … + 17 = 153).
            Assert.Equal(1_950, stored.BaseFor("age", 2019)!["Under 1 year"]);
            Assert.Equal(18 * 1_000 + 153, stored.BaseFor("sex", 2019)!["Male"]);
            Assert.Single(await store.Files.ListAsync(Containers.Archive, ChildPopulationDocument.ArchiveFolder));
        }
        finally
        {
            await AzuriteFixture.DeleteStoreAsync(store);
        }
    }
}

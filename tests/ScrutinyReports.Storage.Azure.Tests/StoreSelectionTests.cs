using ScrutinyReports.Testing.Storage;

namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>How a store argument is told to be Azure, and how an account URL gives the other services' endpoints.</summary>
public sealed class StoreSelectionTests
{
    [Theory]
    [InlineData("UseDevelopmentStorage=true", true)]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=council;AccountKey=abc==;EndpointSuffix=core.windows.net", true)]
    [InlineData("BlobEndpoint=https://council.blob.core.windows.net/;SharedAccessSignature=sv=2024", true)]
    [InlineData("https://council.blob.core.windows.net", true)]
    [InlineData("./scrutiny-data", false)]
    [InlineData("/var/lib/scrutiny", false)]
    [InlineData(@"C:\scrutiny", false)]
    [InlineData("http://example.test/store", false)]
    public void IsAzure(string store, bool expected) => Assert.Equal(expected, StoreLocation.IsAzure(store));

    [Fact]
    public void AccountUrl_GivesTheTableAndQueueEndpoints()
    {
        var endpoints = AccountEndpoints.FromBlobEndpoint(new Uri("https://council.blob.core.usgovcloudapi.net/"));

        Assert.Equal(("https://council.blob.core.usgovcloudapi.net/", "https://council.table.core.usgovcloudapi.net/", "https://council.queue.core.usgovcloudapi.net/"),
            (endpoints.Blob.ToString(), endpoints.Table.ToString(), endpoints.Queue.ToString()));
    }

    [Theory]
    [InlineData("https://council.blob.core.windows.net/archive")]
    [InlineData("https://council.file.core.windows.net")]
    [InlineData("https://council.blob.core.windows.net/?sv=2024&sig=secret")]
    public void NotAnAccountUrl_IsRefusedWithoutRepeatingAnySecret(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => AzureStore.Connect(url));
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConnectionStringThatIsNot_IsRefusedWithoutRepeatingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => AzureStore.Connect("AccountKey=secretkey;Nonsense"));
        Assert.DoesNotContain("secretkey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadNamePrefix_IsRefused() =>
        Assert.Throws<ArgumentException>(() => AzureStore.Connect("UseDevelopmentStorage=true", new AzureStoreOptions { NamePrefix = "Bad-Prefix" }));

    [Fact]
    public async Task MissingAzurite_SaysToRunNpmCi()
    {
        var empty = Path.Combine(Path.GetTempPath(), "scrutiny-tests", Guid.NewGuid().ToString("N"));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AzuriteProcess.StartAsync(empty));
        Assert.Contains("run npm ci at the repository root", error.Message, StringComparison.Ordinal);
    }
}

using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>Archived files are never overwritten, even when several writers race for the same name.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureFileStoreRaceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private AzureStore store = null!;

    public async Task InitializeAsync() => store = await azurite.OpenStoreAsync(AzuriteFixture.NewPrefix());

    public Task DisposeAsync() => AzuriteFixture.DeleteStoreAsync(store);

    [Theory]
    [InlineData(16)]
    [InlineData(5 * 1024 * 1024)]
    public async Task WriteWithoutOverwrite_ExactlyOneRacerWins_AndItsContentIsKept(int size)
    {
        var contents = Enumerable.Range(1, 8).Select(i => Enumerable.Repeat((byte)i, size).ToArray()).ToList();

        var wins = await Task.WhenAll(contents.Select(content => store.Files.WriteAsync(Containers.Archive, "abc.csv", new MemoryStream(content), overwrite: false)));

        var winner = Assert.Single(wins.Select((won, i) => (won, i)), w => w.won).i;
        await using var read = await store.Files.OpenReadAsync(Containers.Archive, "abc.csv");
        var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        Assert.Equal(contents[winner], copy.ToArray());
    }
}

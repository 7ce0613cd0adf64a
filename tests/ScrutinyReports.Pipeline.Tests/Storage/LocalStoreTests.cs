using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Storage.Local;

namespace ScrutinyReports.Pipeline.Tests.Storage;

public sealed class LocalStoreTests : StoreContractTests, IDisposable
{
    private readonly TempFolder folder = new();

    protected override async Task<IScrutinyStore> CreateStoreAsync() => await LocalStore.OpenAsync(folder.Path);

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Files_PathLeavingTheContainer_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.Files.WriteAsync(Containers.Archive, "../scrutiny.db", new MemoryStream([1]), overwrite: true));
    }

    [Fact]
    public async Task Reopen_KeepsEverything()
    {
        await Store.Observations.CommitAsync(Figures.Upload("a", Figures.Start), [Figures.Monthly("CLA_COUNT", 2019, 9, 588m)]);
        await Store.DisposeAsync();

        await using var reopened = await LocalStore.OpenAsync(folder.Path);

        Assert.Equal(588m, Assert.Single(await reopened.Observations.ReadCurrentAsync(new ObservationQuery(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31)))).Value);
    }

    [Fact]
    public async Task Notifications_TheSameEventTwice_IsQueuedOnce()
    {
        await Store.Notifications.EnqueueAsync(new Notification("receipt:a", NotificationKinds.UploadReceipt, "{}"));
        await Store.Notifications.EnqueueAsync(new Notification("receipt:a", NotificationKinds.UploadReceipt, "{}"));

        Assert.Single(await Store.Notifications.ReceiveAsync(10));
    }
}

using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Storage.Local;

namespace ScrutinyReports.Pipeline.Tests.Storage;

public sealed class LocalFollowUpStoreTests : FollowUpStoreContractTests, IDisposable
{
    private readonly TempFolder folder = new();

    protected override async Task<IScrutinyStore> CreateStoreAsync() => await LocalStore.OpenAsync(folder.Path);

    public void Dispose() => folder.Dispose();
}

using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Pipeline.Tests.Storage;

namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>The follow-up store contract against Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureFollowUpStoreTests(AzuriteFixture azurite) : FollowUpStoreContractTests
{
    protected override async Task<IScrutinyStore> CreateStoreAsync() => await azurite.OpenStoreAsync(AzuriteFixture.NewPrefix());

    protected override Task CleanUpAsync() => AzuriteFixture.DeleteStoreAsync(Store);
}

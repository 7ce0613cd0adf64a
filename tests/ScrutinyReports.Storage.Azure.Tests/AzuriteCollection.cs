namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>Test classes that share one Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

using Azure.Core.Pipeline;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Testing.Storage;

namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>
/// One Azurite for the whole collection. Each store it opens has a name prefix of its own, so every test starts
/// from empty containers and tables without restarting the emulator.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? azurite;

    public string ConnectionString => (azurite ?? throw new InvalidOperationException("Azurite has not started.")).ConnectionString;

    public async Task InitializeAsync() => azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }

    /// <summary>A fresh name prefix: a store of its own in the shared emulator.</summary>
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    internal Task<AzureStore> OpenStoreAsync(string prefix, HttpPipelinePolicy? interceptor = null, int maxConcurrentBatches = 8) =>
        AzureStore.OpenAsync(ConnectionString, new AzureStoreOptions { NamePrefix = prefix, Interceptor = interceptor, MaxConcurrentBatches = maxConcurrentBatches });

    internal static Task DeleteStoreAsync(IScrutinyStore store) => ((AzureStore)store).Resources.DeleteAllAsync(CancellationToken.None);
}

using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Pipeline;
using ScrutinyReports.Storage.Azure;
using ScrutinyReports.Storage.Local;

namespace ScrutinyReports.Cli;

/// <summary>
/// The CLI's composition root: the pipeline over the store named by --store, an Azure Storage connection string or
/// account URL (then the Azure store, signed in with DefaultAzureCredential), or else a local folder.
/// </summary>
internal static class CliHost
{
    public const string DefaultStore = "scrutiny-data";
    public const string StoreVariable = "SCRUTINY_STORE";

    public static string DefaultStoreFolder => Environment.GetEnvironmentVariable(StoreVariable) is { Length: > 0 } configured ? configured : DefaultStore;

    public static async Task<T> WithPipelineAsync<T>(string store, Func<IServiceProvider, Task<T>> work)
    {
        var services = AddStore(new ServiceCollection().AddIndicatorPipeline(), store);
        // Disposing the provider disposes the store it opened.
        await using var provider = services.BuildServiceProvider();
        return await work(provider);
    }

    /// <summary>Registers the store --store names: Azure Storage for a connection string or account URL, else a local folder.</summary>
    public static IServiceCollection AddStore(IServiceCollection services, string store) =>
        StoreLocation.IsAzure(store) ? services.AddAzureStorage(store) : services.AddLocalStore(store);
}

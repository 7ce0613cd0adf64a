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
        var services = new ServiceCollection().AddIndicatorPipeline();
        if (StoreLocation.IsAzure(store))
        {
            services.AddAzureStorage(store);
        }
        else
        {
            services.AddLocalStore(store);
        }

        // Disposing the provider disposes the store it opened.
        await using var provider = services.BuildServiceProvider();
        return await work(provider);
    }
}

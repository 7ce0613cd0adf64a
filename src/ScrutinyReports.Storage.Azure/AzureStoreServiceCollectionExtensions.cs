using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure;

public static class AzureStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Azure store as the pipeline's store: <paramref name="connectionStringOrAccountUrl"/> is a storage
    /// connection string or https://ACCOUNT.blob.core.windows.net (then signed in with DefaultAzureCredential).
    /// Containers and tables are created, if missing, on first use.
    /// </summary>
    public static IServiceCollection AddAzureStorage(this IServiceCollection services, string connectionStringOrAccountUrl) =>
        services.AddAzureStorage(connectionStringOrAccountUrl, new AzureStoreOptions());

    /// <inheritdoc cref="AddAzureStorage(IServiceCollection, string)"/>
    public static IServiceCollection AddAzureStorage(this IServiceCollection services, string connectionStringOrAccountUrl, AzureStoreOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionStringOrAccountUrl);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton<IScrutinyStore>(_ => AzureStore.Connect(connectionStringOrAccountUrl, options));
        return services;
    }
}

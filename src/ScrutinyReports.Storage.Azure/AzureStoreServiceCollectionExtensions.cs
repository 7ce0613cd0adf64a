using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Pipeline.Hosting;
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
        ArgumentNullException.ThrowIfNull(options);
        return services.AddAzureStorage(connectionStringOrAccountUrl, _ => options);
    }

    /// <summary>
    /// Registers the Azure store with options made from the container's own services when the store is first needed:
    /// how a host passes a credential that its configuration names (<see cref="AzureStoreOptions.Credential"/>).
    /// </summary>
    public static IServiceCollection AddAzureStorage(this IServiceCollection services, string connectionStringOrAccountUrl, Func<IServiceProvider, AzureStoreOptions> options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionStringOrAccountUrl);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(provider => AzureStore.Connect(connectionStringOrAccountUrl, options(provider)));
        services.AddSingleton<IScrutinyStore>(provider => provider.GetRequiredService<AzureStore>());
        services.AddSingleton<IUploadArrivalTimes>(provider => new BlobUploadArrivalTimes(provider.GetRequiredService<AzureStore>()));
        return services;
    }
}

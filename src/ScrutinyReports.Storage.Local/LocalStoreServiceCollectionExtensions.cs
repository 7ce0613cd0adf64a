using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Local;

public static class LocalStoreServiceCollectionExtensions
{
    /// <summary>Registers the embedded local store in <paramref name="folder"/> as the pipeline's store, opened on first use.</summary>
    public static IServiceCollection AddLocalStore(this IServiceCollection services, string folder)
    {
        services.AddSingleton<IScrutinyStore>(_ => LocalStore.OpenAsync(folder).GetAwaiter().GetResult());
        return services;
    }
}

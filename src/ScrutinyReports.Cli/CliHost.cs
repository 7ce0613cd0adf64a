using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Mail;
using ScrutinyReports.Pipeline;
using ScrutinyReports.Storage.Azure;
using ScrutinyReports.Storage.Local;

namespace ScrutinyReports.Cli;

/// <summary>
/// The CLI's composition root: the pipeline over the store named by --store, an Azure Storage connection string or
/// account URL (then the Azure store, signed in with DefaultAzureCredential), or else a local folder; and the
/// notification channels and portal settings of standard .NET configuration: appsettings.json in the current folder,
/// then environment variables (Smtp__Host, Portal__BaseUrl...).
/// </summary>
internal static class CliHost
{
    public const string DefaultStore = "scrutiny-data";
    public const string StoreVariable = "SCRUTINY_STORE";

    public static string DefaultStoreFolder => Environment.GetEnvironmentVariable(StoreVariable) is { Length: > 0 } configured ? configured : DefaultStore;

    private static readonly AsyncLocal<IConfiguration?> Given = new();

    /// <summary>The configuration commands read: one given to <see cref="ScrutinyCli.RunAsync"/>, or appsettings.json and the environment.</summary>
    public static IConfiguration Configuration
    {
        get => Given.Value ?? new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        set => Given.Value = value;
    }

    public static async Task<T> WithPipelineAsync<T>(string store, Func<IServiceProvider, Task<T>> work)
    {
        var services = AddStore(new ServiceCollection().AddIndicatorPipeline(), store);
        // Disposing the provider disposes the store it opened.
        await using var provider = services.BuildServiceProvider();
        return await work(provider);
    }

    /// <summary>Registers the store --store names: Azure Storage for a connection string or account URL, else a local folder.</summary>
    public static IServiceCollection AddStore(IServiceCollection services, string store) =>
        (StoreLocation.IsAzure(store) ? services.AddAzureStorage(store) : services.AddLocalStore(store))
            .AddNotifications(Configuration, azure: StoreLocation.IsAzure(store));
}

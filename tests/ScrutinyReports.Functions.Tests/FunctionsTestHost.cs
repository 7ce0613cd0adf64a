using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Testing.Storage;

namespace ScrutinyReports.Functions.Tests;

/// <summary>
/// The Functions app's own container, built by the same registration call as Program.cs, with the app settings of
/// the shipped local.settings.json pointed at a fresh Azurite (and MailDev where mail goes out), and a fake clock.
/// Functions are made as the worker makes them (ActivatorUtilities) and invoked with what their triggers bind.
/// </summary>
public sealed class FunctionsTestHost : IAsyncDisposable
{
    private readonly AzuriteProcess azurite;
    private readonly IHost host;

    private FunctionsTestHost(AzuriteProcess azurite, IHost host, FakeTimeProvider clock)
    {
        this.azurite = azurite;
        this.host = host;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => host.Services;

    public IScrutinyStore Store => Services.GetRequiredService<IScrutinyStore>();

    public string ConnectionString => azurite.ConnectionString;

    /// <param name="now">The clock's start, in UTC.</param>
    /// <param name="settings">App settings over the shipped ones, named as in app settings (Smtp__Port).</param>
    public static async Task<FunctionsTestHost> StartAsync(string now, IReadOnlyDictionary<string, string>? settings = null)
    {
        var azurite = await AzuriteProcess.StartAsync();
        try
        {
            var clock = new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
            var values = ShippedSettings();
            values["AzureWebJobsStorage"] = azurite.ConnectionString;
            values[HostSettings.StoreConnection] = azurite.ConnectionString;
            foreach (var (name, value) in settings ?? new Dictionary<string, string>())
            {
                values[name] = value;
            }

            return new FunctionsTestHost(azurite, Build(values, clock), clock);
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    /// <summary>The app's container from these settings, as Program.cs builds it, with the given clock.</summary>
    public static IHost Build(IReadOnlyDictionary<string, string> settings, TimeProvider? clock = null)
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        // App settings reach the worker as environment variables, where "__" separates sections.
        builder.Configuration.AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key.Replace("__", ":", StringComparison.Ordinal), setting.Value)));
        builder.AddScrutinyReports();
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        return builder.Build();
    }

    /// <summary>The Values of the local.settings.json the app ships (copied beside the test assembly).</summary>
    public static Dictionary<string, string> ShippedSettings()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "local.settings.json")));
        return json.RootElement.GetProperty("Values").EnumerateObject().ToDictionary(value => value.Name, value => value.Value.GetString()!);
    }

    /// <summary>A function class made as the worker's function activator makes it, from the app's container.</summary>
    public T Create<T>() => ActivatorUtilities.CreateInstance<T>(Services);

    /// <summary>The built-in catalogue and the demo panel (cypf, or the given panel), as a council's first set-up leaves them.</summary>
    public async Task SeedCatalogueAndPanelAsync(Domain.Panels.Panel? panel = null)
    {
        await Store.Catalogue.SaveAsync((await Store.Catalogue.GetAsync()).Merge(BuiltInCatalogue.Indicators.Indicators));
        await Store.Panels.SaveAsync(panel ?? DemoCouncil.Panel);
    }

    /// <summary>A file as an officer drops it into the uploads container, and the blob client its trigger binds.</summary>
    public async Task<BlobClient> DropAsync(string path, string content)
    {
        var container = new BlobContainerClient(ConnectionString, Containers.Uploads);
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlobClient(path);
        await blob.UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(content)), overwrite: true);
        return blob;
    }

    public async ValueTask DisposeAsync()
    {
        host.Dispose();
        await azurite.DisposeAsync();
    }
}

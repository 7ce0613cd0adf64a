using Azure.Identity;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Storage.Azure;

namespace ScrutinyReports.Functions.Tests;

/// <summary>What the app's one registration call sets up, from settings named as infra/ and local.settings.json write them.</summary>
public sealed class AppSetupTests
{
    private const string AccountUrl = "https://councilstore.blob.core.windows.net";

    [Fact]
    public void Build_ShippedSettings_EveryFunctionClassCanBeMade()
    {
        var settings = FunctionsTestHost.ShippedSettings();
        using var host = FunctionsTestHost.Build(settings);

        foreach (var function in typeof(FunctionsAppSetup).Assembly.GetTypes().Where(IsFunctionClass))
        {
            Assert.NotNull(ActivatorUtilities.CreateInstance(host.Services, function));
        }

        Assert.Equal("0 0 7 5 * *", host.Services.GetRequiredService<ReportSchedule>().Expression);
        Assert.IsType<AzureStore>(host.Services.GetRequiredService<IScrutinyStore>());
    }

    [Fact]
    public void Logging_ApplicationInsightsKeepsInformation_NoWarningOnlyRuleIsLeft()
    {
        using var host = FunctionsTestHost.Build(FunctionsTestHost.ShippedSettings());

        var rules = host.Services.GetRequiredService<IOptions<LoggerFilterOptions>>().Value.Rules;

        Assert.DoesNotContain(rules, rule => rule.ProviderName == FunctionsAppSetup.ApplicationInsightsLoggerProvider && rule.LogLevel >= LogLevel.Warning);
    }

    [Fact]
    public void StoreCredential_UserAssignedIdentity_SignsInAsThatIdentityLikeTheTriggers()
    {
        var configuration = Configuration(new()
        {
            ["ScrutinyStore:blobServiceUri"] = AccountUrl,
            ["ScrutinyStore:queueServiceUri"] = "https://councilstore.queue.core.windows.net",
            ["ScrutinyStore:tableServiceUri"] = "https://councilstore.table.core.windows.net",
            ["ScrutinyStore:credential"] = "managedidentity",
            ["ScrutinyStore:clientId"] = "5c0d6c2e-1f7a-4a55-9c1e-0a3a7c9b2d11",
        });

        var credential = HostSettings.StoreCredential(configuration, Factory());

        Assert.IsType<ManagedIdentityCredential>(credential);
        Assert.Equal(AccountUrl, HostSettings.Store(configuration));
    }

    [Fact]
    public void StoreCredential_ConnectionString_NoCredential()
    {
        var configuration = Configuration(new() { ["ScrutinyStore"] = "UseDevelopmentStorage=true" });

        Assert.Null(HostSettings.StoreCredential(configuration, Factory()));
        Assert.Equal("UseDevelopmentStorage=true", HostSettings.Store(configuration));
    }

    [Fact]
    public void Build_IdentityBasedStore_StoreUsesTheConfiguredIdentity()
    {
        var settings = FunctionsTestHost.ShippedSettings();
        settings.Remove("ScrutinyStore");
        settings["ScrutinyStore__blobServiceUri"] = AccountUrl;
        settings["ScrutinyStore__credential"] = "managedidentity";
        settings["ScrutinyStore__clientId"] = "5c0d6c2e-1f7a-4a55-9c1e-0a3a7c9b2d11";
        using var host = FunctionsTestHost.Build(settings);

        var store = (AzureStore)host.Services.GetRequiredService<IScrutinyStore>();

        Assert.Equal(AccountUrl + "/", store.Description);
        Assert.IsType<ManagedIdentityCredential>(store.Credential);
    }

    [Fact]
    public void Build_NoStoreSetting_SaysWhichSettingIsMissing()
    {
        var settings = FunctionsTestHost.ShippedSettings();
        settings.Remove("ScrutinyStore");

        var error = Assert.Throws<InvalidOperationException>(() => FunctionsTestHost.Build(settings).Dispose());

        Assert.Contains("ScrutinyStore__blobServiceUri", error.Message, StringComparison.Ordinal);
    }

    private static bool IsFunctionClass(Type type) =>
        type.GetMethods().Any(method => method.GetCustomAttributes(typeof(Microsoft.Azure.Functions.Worker.FunctionAttribute), inherit: false).Length > 0);

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static AzureComponentFactory Factory()
    {
        var services = new ServiceCollection();
        services.AddAzureClientsCore();
        return services.BuildServiceProvider().GetRequiredService<AzureComponentFactory>();
    }
}

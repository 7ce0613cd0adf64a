using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ScrutinyReports.Functions.Members;
using ScrutinyReports.Functions.Publication;
using ScrutinyReports.Mail;
using ScrutinyReports.Pipeline;
using ScrutinyReports.Pipeline.Portal;
using ScrutinyReports.Storage.Azure;

namespace ScrutinyReports.Functions;

/// <summary>Everything the app registers, in one call that Program.cs and the tests both make.</summary>
public static class FunctionsAppSetup
{
    /// <summary>The logger provider Worker.ApplicationInsights adds, whose default rule keeps only warnings.</summary>
    internal const string ApplicationInsightsLoggerProvider = "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider";

    public static FunctionsApplicationBuilder AddScrutinyReports(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureFunctionsWebApplication();

        // Telemetry goes straight from the worker to Application Insights, signed in with Entra ID where
        // APPLICATIONINSIGHTS_AUTHENTICATION_STRING asks for it (Worker.ApplicationInsights reads that setting).
        builder.Services
            .AddApplicationInsightsTelemetryWorkerService()
            .ConfigureFunctionsApplicationInsights();
        builder.Logging.Services.Configure<LoggerFilterOptions>(KeepInformationLogs);

        var configuration = builder.Configuration;
        builder.Services.AddAzureClientsCore();
        builder.Services
            .AddSingleton(HostSettings.Schedule(configuration))
            .AddSingleton<PipelineEvents>()
            .AddSingleton<PublicationQueues>()
            .AddSingleton(MembersOptions.Read(configuration))
            .AddSingleton<MemberSignIn>()
            .AddSingleton<MemberAccess>()
            .AddSingleton<MembersPages>()
            .AddIndicatorPipeline()
            .AddAzureStorage(HostSettings.Store(configuration), provider => HostSettings.StoreOptions(configuration, provider.GetRequiredService<AzureComponentFactory>()))
            .AddNotifications(configuration, azure: true);
        return builder;
    }

    // The Application Insights provider starts with a rule that drops everything below Warning, so the functions'
    // information logs (what was ingested, published and sent) would never arrive. The host.json and app settings
    // levels decide instead.
    private static void KeepInformationLogs(LoggerFilterOptions options)
    {
        var warningsOnly = options.Rules.FirstOrDefault(rule => rule.ProviderName == ApplicationInsightsLoggerProvider);
        if (warningsOnly is not null)
        {
            options.Rules.Remove(warningsOnly);
        }
    }
}

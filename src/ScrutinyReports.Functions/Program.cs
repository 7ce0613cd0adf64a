using Azure.Identity;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ScrutinyReports.Functions;
using ScrutinyReports.Mail;
using ScrutinyReports.Pipeline;
using ScrutinyReports.Storage.Azure;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services
    .AddApplicationInsightsTelemetryWorkerService()
    .ConfigureFunctionsApplicationInsights();
if (HostSettings.UsesEntraForTelemetry(builder.Configuration))
{
    // Application Insights with local authentication off takes telemetry only from the app's managed identity.
    builder.Services.Configure<TelemetryConfiguration>(telemetry => telemetry.SetAzureTokenCredential(new DefaultAzureCredential()));
}

builder.Services
    .AddSingleton(HostSettings.Schedule(builder.Configuration))
    .AddSingleton<PipelineEvents>()
    .AddIndicatorPipeline()
    .AddAzureStorage(HostSettings.Store(builder.Configuration))
    .AddNotifications(builder.Configuration, azure: true);
builder.Build().Run();

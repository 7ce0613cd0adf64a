using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ScrutinyReports.Functions;
using ScrutinyReports.Pipeline;
using ScrutinyReports.Storage.Azure;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services
    .AddSingleton(HostSettings.Schedule(builder.Configuration))
    .AddIndicatorPipeline()
    .AddAzureStorage(HostSettings.Store(builder.Configuration));
builder.Build().Run();

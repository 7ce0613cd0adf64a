using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using ScrutinyReports.Functions;

FunctionsApplication.CreateBuilder(args).AddScrutinyReports().Build().Run();

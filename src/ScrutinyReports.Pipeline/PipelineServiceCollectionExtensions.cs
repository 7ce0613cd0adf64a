using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Rendering.Html;

namespace ScrutinyReports.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>Registers the pipeline's services. A store (AddLocalStore, AddAzureStorage) must be registered too.</summary>
    public static IServiceCollection AddIndicatorPipeline(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HtmlReportRenderer>();
        services.AddTransient<CatalogueImporter>();
        services.AddTransient<UploadIngestor>();
        services.AddTransient<ReportPublisher>();
        services.AddTransient<DemoSeeder>();
        services.AddTransient<Panels.PanelImporter>();
        services.TryAddSingleton(ReportSchedule.Default);
        services.AddTransient<UploadDropHandler>();
        services.AddTransient<UploadDropScanner>();
        services.AddTransient<MonthlyPublication>();
        services.AddTransient<PublishedReportFiles>();
        services.AddTransient<Comparators.ComparatorImporter>();
        services.AddTransient<Population.ChildPopulationImporter>();
        services.TryAddSingleton(new Notifications.NotificationOptions());
        services.AddTransient<Portal.PortalSiteWriter>();
        services.AddTransient<Portal.PortalRefresher>();
        services.AddTransient<Notifications.SubscriberImporter>();
        services.AddTransient<FollowUp.FollowUpImporter>();
        services.AddTransient<FollowUp.FollowUpLog>();
        services.AddTransient<Notifications.NotificationSender>();
        services.AddTransient<Notifications.DataDueReminders>();
        return services;
    }
}

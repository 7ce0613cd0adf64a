using Microsoft.Extensions.Configuration;
using ScrutinyReports.Pipeline.Hosting;

namespace ScrutinyReports.Functions;

/// <summary>The app settings the Functions app reads, in one place.</summary>
internal static class HostSettings
{
    /// <summary>
    /// The connection to the store's storage account, used by the store and by the upload and notification triggers
    /// alike: a connection string ("UseDevelopmentStorage=true" for Azurite), or, with managed identity, the
    /// identity-based settings Functions reads (<c>ScrutinyStore__blobServiceUri</c>, <c>__queueServiceUri</c>,
    /// <c>__tableServiceUri</c>, <c>__credential=managedidentity</c>), from which the store takes the blob endpoint.
    /// </summary>
    public const string StoreConnection = "ScrutinyStore";

    public static string Store(IConfiguration configuration) =>
        configuration[StoreConnection] is { Length: > 0 } connection ? connection
        : configuration[StoreConnection + ":blobServiceUri"] is { Length: > 0 } blobEndpoint ? blobEndpoint
        : configuration[StoreConnection + ":accountName"] is { Length: > 0 } account ? $"https://{account}.blob.core.windows.net"
        : throw new InvalidOperationException($"No store: set {StoreConnection} to a storage connection string, or {StoreConnection}__blobServiceUri (with managed identity).");

    /// <summary>Whether APPLICATIONINSIGHTS_AUTHENTICATION_STRING asks for Entra ID (the deployment turns Application Insights' local authentication off).</summary>
    public static bool UsesEntraForTelemetry(IConfiguration configuration) =>
        configuration["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]?.Contains("Authorization=AAD", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>REPORT_SCHEDULE, which the timer reads too: six fields for the timer ("0 0 7 5 * *"), always UTC (leave WEBSITE_TIME_ZONE unset).</summary>
    public static ReportSchedule Schedule(IConfiguration configuration)
    {
        var schedule = ReportSchedule.Parse(configuration[ReportSchedule.SettingName] ?? ReportSchedule.DefaultExpression);
        return schedule.Success ? schedule.Value : throw new InvalidOperationException($"{ReportSchedule.SettingName}: expected {schedule.Expected}");
    }
}

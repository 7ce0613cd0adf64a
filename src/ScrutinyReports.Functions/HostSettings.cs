using Azure.Core;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Storage.Azure;

namespace ScrutinyReports.Functions;

/// <summary>The app settings the Functions app reads, in one place, named exactly as infra/ writes them.</summary>
public static class HostSettings
{
    /// <summary>
    /// The connection to the store's storage account, used by the store and by the upload and notification triggers
    /// alike: a connection string ("UseDevelopmentStorage=true" for Azurite), or, with managed identity, the
    /// identity-based settings Functions reads (<c>ScrutinyStore__blobServiceUri</c>, <c>__queueServiceUri</c>,
    /// <c>__tableServiceUri</c>, <c>__credential=managedidentity</c>, and <c>__clientId</c> for a user-assigned
    /// identity), from which the store takes the blob endpoint and its credential.
    /// </summary>
    public const string StoreConnection = "ScrutinyStore";

    /// <summary>
    /// When the publication timer fires (six-field cron, UTC; hourly in infra/). What is due is decided by
    /// REPORT_SCHEDULE and the publication's own record of its last run, so a frequent timer catches up a failed run
    /// and re-issues a corrected month.
    /// </summary>
    public const string PublicationTimerSchedule = "PUBLICATION_TIMER_SCHEDULE";

    /// <summary>When the sweep over uploads runs (six-field cron, UTC; every 15 minutes in infra/).</summary>
    public const string UploadSweepSchedule = "UPLOAD_SWEEP_SCHEDULE";

    /// <summary>When data-due reminders are queued (six-field cron, UTC; daily at 08:00 in infra/).</summary>
    public const string ReminderSchedule = "REMINDER_SCHEDULE";

    /// <summary>The store's location: its connection string, or the blob endpoint of an identity-based connection.</summary>
    public static string Store(IConfiguration configuration) =>
        ConnectionString(configuration) ?? BlobEndpoint(configuration)
        ?? throw new InvalidOperationException($"No store: set {StoreConnection} to a storage connection string, or {StoreConnection}__blobServiceUri (with managed identity).");

    /// <summary>
    /// The credential an identity-based store connection names, made as the Functions bindings make theirs (so
    /// <c>__credential=managedidentity</c> with <c>__clientId</c> signs in as that user-assigned identity); null for a
    /// connection string.
    /// </summary>
    public static TokenCredential? StoreCredential(IConfiguration configuration, AzureComponentFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return ConnectionString(configuration) is null ? factory.CreateTokenCredential(configuration.GetSection(StoreConnection)) : null;
    }

    /// <summary>The store's options: its credential, from the same settings as the triggers' connection.</summary>
    public static AzureStoreOptions StoreOptions(IConfiguration configuration, AzureComponentFactory factory) =>
        new() { Credential = StoreCredential(configuration, factory) };

    /// <summary>REPORT_SCHEDULE: which month is due and when, as for <c>scrutiny serve</c>; always UTC (leave WEBSITE_TIME_ZONE unset).</summary>
    public static ReportSchedule Schedule(IConfiguration configuration)
    {
        var schedule = ReportSchedule.Parse(configuration[ReportSchedule.SettingName] ?? ReportSchedule.DefaultExpression);
        return schedule.Success ? schedule.Value : throw new InvalidOperationException($"{ReportSchedule.SettingName}: expected {schedule.Expected}");
    }

    private static string? ConnectionString(IConfiguration configuration) =>
        configuration[StoreConnection] is { Length: > 0 } connection ? connection : null;

    private static string? BlobEndpoint(IConfiguration configuration) =>
        configuration[StoreConnection + ":blobServiceUri"] is { Length: > 0 } blobEndpoint ? blobEndpoint
        : configuration[StoreConnection + ":accountName"] is { Length: > 0 } account ? $"https://{account}.blob.core.windows.net"
        : null;
}

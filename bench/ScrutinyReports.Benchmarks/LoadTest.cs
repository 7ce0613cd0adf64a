using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Functions;
using ScrutinyReports.Functions.Publication;
using ScrutinyReports.Pipeline;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Ingest;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Storage.Azure;

namespace ScrutinyReports.Benchmarks;

/// <summary>
/// bench load: many panels over one store, one month published through the Functions queue path (the timer, then
/// worker processes each taking publications messages as Functions instances would) and through serve's bounded
/// parallel pass, on Azurite. Each worker is a process of its own, so its peak memory is its own. Run against a fresh
/// Azurite: the Functions app's queues and tables have no name prefix.
/// </summary>
internal static class LoadTest
{
    // The month published: the 24th of the synthetic upload's months (October 2015 on), due on the 5th after it.
    public const string AsOf = "2017-10-05T07:00:00Z";

    public static async Task SeedAsync(string connection, string prefix, IndicatorCatalogue catalogue, string upload, int panels)
    {
        await using var store = await AzureStore.OpenAsync(connection, new AzureStoreOptions { NamePrefix = prefix });
        await store.Catalogue.SaveAsync(catalogue);
        for (var i = 1; i <= panels; i++)
        {
            await store.Panels.SaveAsync(new Panel($"panel-{i:D3}", $"Panel {i}"));
        }

        await using var content = File.OpenRead(upload);
        var outcome = await new UploadIngestor(store, TimeProvider.System).IngestAsync(content, Path.GetFileName(upload));
        if (!outcome.Accepted)
        {
            throw new InvalidOperationException(string.Join("\n", outcome.Errors.Take(5)));
        }
    }

    /// <summary>The publication timer, as the Functions app runs it: queues one message per panel.</summary>
    public static async Task QueueWaveAsync(string connection)
    {
        using var host = FunctionsHost(connection);
        await ActivatorUtilities.CreateInstance<PublishMonthlyReport>(host.Services).Run(new TimerInfo { ScheduleStatus = new ScheduleStatus() }, CancellationToken.None);
    }

    /// <summary>One worker: takes publications messages until the queue is empty, as one Functions instance with batchSize 1.</summary>
    public static async Task<(int Done, long PeakMegabytes)> WorkAsync(string connection)
    {
        using var host = FunctionsHost(connection);
        var queue = host.Services.GetRequiredService<PublicationQueues>().Publications;
        var done = 0;
        while ((await queue.ReceiveMessageAsync(TimeSpan.FromMinutes(5))).Value is { } message)
        {
            await ActivatorUtilities.CreateInstance<PublishPanelReport>(host.Services).Run(message, CancellationToken.None);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            done++;
        }

        return (done, PeakMemory.Megabytes());
    }

    /// <summary>serve's publication pass with <paramref name="parallel"/> panels at once, on a store of its own.</summary>
    public static async Task<int> ServeAsync(string connection, string prefix, int parallel)
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock())
            .AddSingleton(ReportSchedule.Parse(ReportSchedule.DefaultExpression).Value)
            .AddIndicatorPipeline()
            .AddAzureStorage(connection, new AzureStoreOptions { NamePrefix = prefix });
        await using var provider = services.BuildServiceProvider();
        var run = await provider.GetRequiredService<MonthlyPublication>().RunAsync(parallel);
        if (!run.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", run.Failures.Select(f => $"{f.PanelId}: {f.Message}")));
        }

        return run.NewVersions.Count();
    }

    /// <summary>Every panel's versions of the month: the count of panels with exactly one, and the total.</summary>
    public static async Task<(int ExactlyOne, int Versions)> CountVersionsAsync(string connection, string prefix, int panels)
    {
        await using var store = await AzureStore.OpenAsync(connection, new AzureStoreOptions { NamePrefix = prefix });
        var exactlyOne = 0;
        var versions = 0;
        for (var i = 1; i <= panels; i++)
        {
            var count = (await store.Reports.ListAsync($"panel-{i:D3}")).Count(v => v.Period == "2017-09");
            versions += count;
            exactlyOne += count == 1 ? 1 : 0;
        }

        return (exactlyOne, versions);
    }

    private static FakeTimeProvider Clock() => new(DateTimeOffset.Parse(AsOf, CultureInfo.InvariantCulture));

    // The Functions app's own container (FunctionsAppSetup, as Program.cs builds it) on this account, at the load test's instant.
    private static IHost FunctionsHost(string connection)
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connection,
            [HostSettings.StoreConnection] = connection,
            [ReportSchedule.SettingName] = ReportSchedule.DefaultExpression,
            ["Portal:PublishPublicSite"] = "true",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = "1025",
            ["Smtp:UseStartTls"] = "false",
            ["Smtp:From"] = "Scrutiny reports <scrutiny@council.example>",
        });
        builder.AddScrutinyReports();
        builder.Services.AddSingleton<TimeProvider>(Clock());
        return builder.Build();
    }
}

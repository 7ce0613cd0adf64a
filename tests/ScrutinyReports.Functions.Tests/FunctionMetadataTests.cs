using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Cronos;
using Microsoft.Azure.Functions.Worker;
using ScrutinyReports.Pipeline.Hosting;

namespace ScrutinyReports.Functions.Tests;

/// <summary>
/// The function metadata the worker hands the host, from the source-generated provider and from functions.metadata as
/// built, with the files the host reads beside it (extensions.json, host.json) and the app settings the triggers name.
/// A new function must be added here.
/// </summary>
public sealed class FunctionMetadataTests
{
    private static readonly string[] SourceNames = [DeclaredFunction.Generated, DeclaredFunction.FunctionsMetadataFile];

    public static TheoryData<string> Sources => [.. SourceNames];

    public static TheoryData<string, string, string> Triggers => WithEachSource(
        (nameof(GetReport), "httpTrigger"),
        (nameof(IngestUpload), "blobTrigger"),
        (nameof(ListReports), "httpTrigger"),
        ("MembersIndex", "httpTrigger"),
        ("MembersPanel", "httpTrigger"),
        ("MembersReport", "httpTrigger"),
        (nameof(PublishMonthlyReport), "timerTrigger"),
        (nameof(PublishPanelReport), "queueTrigger"),
        (nameof(RefreshPortalAfterWave), "queueTrigger"),
        (nameof(ReportPoisonedPublication), "queueTrigger"),
        (nameof(SendNotification), "queueTrigger"),
        (nameof(SendReminders), "timerTrigger"),
        (nameof(SweepUploads), "timerTrigger"));

    public static TheoryData<string, string, string> TimerSchedules => WithEachSource(
        (nameof(PublishMonthlyReport), HostSettings.PublicationTimerSchedule),
        (nameof(SweepUploads), HostSettings.UploadSweepSchedule),
        (nameof(SendReminders), HostSettings.ReminderSchedule));

    public static TheoryData<string, string, string> HttpRoutes => WithEachSource(
        (nameof(ListReports), "reports/{panel}"),
        (nameof(GetReport), "reports/{panel}/{period}/{version}/{file}"));

    public static TheoryData<string, string, string> MembersRoutes => WithEachSource(
        ("MembersIndex", "members"),
        ("MembersPanel", "members/{panel}"),
        ("MembersReport", "members/reports/{panel}/{period}/{version}/{file}"));

    public static TheoryData<string> TimerSettings => [HostSettings.PublicationTimerSchedule, HostSettings.UploadSweepSchedule, HostSettings.ReminderSchedule];

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Functions_EachSource_ExactlyTheAppsFunctions(string source)
    {
        var functions = await DeclaredFunction.ReadAsync(source);

        string[] expected = [nameof(GetReport), nameof(IngestUpload), nameof(ListReports), "MembersIndex", "MembersPanel", "MembersReport",
            nameof(PublishMonthlyReport), nameof(PublishPanelReport), nameof(RefreshPortalAfterWave), nameof(ReportPoisonedPublication),
            nameof(SendNotification), nameof(SendReminders), nameof(SweepUploads)];
        Assert.Equal(expected, functions.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Triggers))]
    public async Task Trigger_EachFunction_OneInboundTriggerOfItsType(string source, string function, string triggerType)
    {
        var trigger = (await DeclaredFunction.ReadAsync(source))[function].Trigger;

        Assert.Equal(triggerType, DeclaredFunction.Text(trigger, "type"));
        Assert.Equal("In", DeclaredFunction.Text(trigger, "direction"));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task IngestUpload_BlobTrigger_EventGridOnUploadsThroughTheStoreConnection(string source)
    {
        var trigger = (await DeclaredFunction.ReadAsync(source))[nameof(IngestUpload)].Trigger;

        Assert.Equal("EventGrid", DeclaredFunction.Text(trigger, "source"));
        Assert.Equal("uploads/{name}", DeclaredFunction.Text(trigger, "path"));
        Assert.Equal("ScrutinyStore", DeclaredFunction.Text(trigger, "connection"));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task SendNotification_QueueTrigger_NotificationsQueueThroughTheStoreConnection(string source)
    {
        var trigger = (await DeclaredFunction.ReadAsync(source))[nameof(SendNotification)].Trigger;

        Assert.Equal("notifications", DeclaredFunction.Text(trigger, "queueName"));
        Assert.Equal("ScrutinyStore", DeclaredFunction.Text(trigger, "connection"));
    }

    public static TheoryData<string, string, string> PublicationQueueTriggers => WithEachSource(
        (nameof(PublishPanelReport), "publications"),
        (nameof(RefreshPortalAfterWave), "portal-refresh"),
        (nameof(ReportPoisonedPublication), "publications-poison"));

    [Theory]
    [MemberData(nameof(PublicationQueueTriggers))]
    public async Task PublicationFunctions_QueueTrigger_TheirQueueThroughTheStoreConnection(string source, string function, string queue)
    {
        var trigger = (await DeclaredFunction.ReadAsync(source))[function].Trigger;

        Assert.Equal(queue, DeclaredFunction.Text(trigger, "queueName"));
        Assert.Equal("ScrutinyStore", DeclaredFunction.Text(trigger, "connection"));
    }

    [Theory]
    [MemberData(nameof(TimerSchedules))]
    public async Task Timer_Schedule_ReadFromItsAppSetting(string source, string function, string setting)
    {
        var trigger = (await DeclaredFunction.ReadAsync(source))[function].Trigger;

        Assert.Equal($"%{setting}%", DeclaredFunction.Text(trigger, "schedule"));
        Assert.Null(trigger["runOnStartup"]);
    }

    [Theory]
    [MemberData(nameof(HttpRoutes))]
    public async Task Http_ListAndGetReport_GetOnlyWithAFunctionKeyOnTheirRoutes(string source, string function, string route)
    {
        var bindings = (await DeclaredFunction.ReadAsync(source))[function].Bindings;
        var trigger = Assert.Single(bindings, binding => DeclaredFunction.Text(binding, "type") == "httpTrigger");

        Assert.Equal("Function", DeclaredFunction.Text(trigger, "authLevel"));
        Assert.Equal(route, DeclaredFunction.Text(trigger, "route"));
        Assert.Equal(["get"], trigger["methods"]!.AsArray().Select(method => method!.GetValue<string>()));
        var response = Assert.Single(bindings, binding => DeclaredFunction.Text(binding, "type") == "http");
        Assert.Equal(("$return", "Out"), (DeclaredFunction.Text(response, "name"), DeclaredFunction.Text(response, "direction")));
    }

    // Anonymous at the Functions level: App Service Authentication requires sign-in on these paths (only
    // /api/reports, the blobs webhook and /admin are excluded in infra/), and the functions refuse a request without
    // the principal it passes on.
    [Theory]
    [MemberData(nameof(MembersRoutes))]
    public async Task Http_MembersPages_GetWithoutAFunctionKeyUnderMembers(string source, string function, string route)
    {
        var bindings = (await DeclaredFunction.ReadAsync(source))[function].Bindings;
        var trigger = Assert.Single(bindings, binding => DeclaredFunction.Text(binding, "type") == "httpTrigger");

        Assert.Equal("Anonymous", DeclaredFunction.Text(trigger, "authLevel"));
        Assert.Equal(route, DeclaredFunction.Text(trigger, "route"));
        Assert.StartsWith("members", route, StringComparison.Ordinal);
        Assert.Equal(["get"], trigger["methods"]!.AsArray().Select(method => method!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Retry_PublishMonthlyReport_FixedDelayThreeTimesFiveMinutesApartAndNoOtherFunction(string source)
    {
        var functions = await DeclaredFunction.ReadAsync(source);

        Assert.Equal(new DeclaredRetry("fixedDelay", 3, TimeSpan.FromMinutes(5)), functions[nameof(PublishMonthlyReport)].Retry);
        // The blob and queue triggers retry through their own poison handling (host.json); a timer's function retry is its only one.
        Assert.All(functions.Values.Where(function => function.Name != nameof(PublishMonthlyReport)), function => Assert.Null(function.Retry));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task EntryPoint_EachFunction_TheMethodItsFunctionAttributeNamesWithABoundParameterPerBinding(string source)
    {
        foreach (var function in (await DeclaredFunction.ReadAsync(source)).Values)
        {
            var method = function.ResolveEntryPoint();

            Assert.Equal(function.Name, method.GetCustomAttribute<FunctionAttribute>()?.Name);
            Assert.Equal(Path.GetFileName(typeof(FunctionsAppSetup).Assembly.Location), function.ScriptFile);
            var parameters = method.GetParameters().Select(parameter => parameter.Name);
            foreach (var binding in function.Bindings.Select(binding => DeclaredFunction.Text(binding, "name")).Where(name => name != "$return"))
            {
                Assert.Contains(binding, parameters);
            }
        }
    }

    [Fact]
    public void ExtensionsJson_AsBuilt_ListsTheBlobAndQueueWebJobsExtensions()
    {
        var extensions = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "extensions.json")))!["extensions"]!.AsArray()
            .ToDictionary(extension => DeclaredFunction.Text(extension!.AsObject(), "name"), extension => DeclaredFunction.Text(extension!.AsObject(), "typeName"));

        Assert.StartsWith("Microsoft.Azure.WebJobs.Extensions.Storage.AzureStorageBlobsWebJobsStartup, Microsoft.Azure.WebJobs.Extensions.Storage.Blobs,", extensions["AzureStorageBlobs"], StringComparison.Ordinal);
        Assert.StartsWith("Microsoft.Azure.WebJobs.Extensions.Storage.AzureStorageQueuesWebJobsStartup, Microsoft.Azure.WebJobs.Extensions.Storage.Queues,", extensions["AzureStorageQueues"], StringComparison.Ordinal);
    }

    // SendNotification's doc comment: a message is tried five times before notifications-poison, one at a time, and
    // the store's queue writes its messages base64-encoded, as the trigger must read them. One at a time per instance
    // (batchSize + newBatchThreshold = 1) is also Flex Consumption's target per instance: a wave of panels' reports
    // spreads over as many instances, one SkiaSharp render in each instance's memory (docs/scale.md).
    [Fact]
    public void HostJson_Queues_FiveAttemptsOneAtATimeBase64()
    {
        var queues = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")))!["extensions"]!["queues"]!;

        Assert.Equal(5, queues["maxDequeueCount"]!.GetValue<int>());
        Assert.Equal(Publication.PublicationQueues.MaxDequeueCount, queues["maxDequeueCount"]!.GetValue<int>());
        Assert.Equal(1, queues["batchSize"]!.GetValue<int>());
        Assert.Equal(0, queues["newBatchThreshold"]!.GetValue<int>());
        Assert.Equal("base64", queues["messageEncoding"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(TimerSettings))]
    public void LocalSettings_TimerSchedule_SixFieldCron(string setting)
    {
        Assert.True(FunctionsTestHost.ShippedSettings().TryGetValue(setting, out var schedule), $"local.settings.json has no {setting}");

        Assert.Equal(6, schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(CronExpression.TryParse(schedule, CronFormat.IncludeSeconds, out _), $"{setting}: \"{schedule}\" is not a cron expression");
    }

    // The publication timer must fire at each of REPORT_SCHEDULE's times, or every monthly run would wait for a later firing.
    [Fact]
    public void LocalSettings_ReportSchedule_ValidAndEveryOccurrenceIsAPublicationTimerFiring()
    {
        var settings = FunctionsTestHost.ShippedSettings();
        var report = ReportSchedule.Parse(settings[ReportSchedule.SettingName]);
        Assert.True(report.Success);
        var timer = CronExpression.Parse(settings[HostSettings.PublicationTimerSchedule], CronFormat.IncludeSeconds);
        var reportCron = CronExpression.Parse(report.Value.Expression, report.Value.Expression.Split(' ').Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);

        var occurrences = reportCron.GetOccurrences(Instant("2019-01-01T00:00:00Z"), Instant("2020-01-01T00:00:00Z"), TimeZoneInfo.Utc).ToList();

        Assert.Equal(12, occurrences.Count);
        Assert.All(occurrences, occurrence => Assert.Equal(occurrence, timer.GetNextOccurrence(occurrence, TimeZoneInfo.Utc, inclusive: true)));
    }

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static TheoryData<string, string, string> WithEachSource(params (string Function, string Expected)[] rows)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var source in SourceNames)
        {
            foreach (var (function, expected) in rows)
            {
                data.Add(source, function, expected);
            }
        }

        return data;
    }
}

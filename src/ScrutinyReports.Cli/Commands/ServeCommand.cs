using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Pipeline;
using ScrutinyReports.Pipeline.Hosting;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Storage.Azure;
using ScrutinyReports.Storage.Local;

namespace ScrutinyReports.Cli.Commands;

/// <summary>
/// <c>scrutiny serve [--once] [--as-of INSTANT] [--poll SECONDS] [--parallel N]</c>: the pipeline as a service over the store, the
/// way the Functions app runs it on Azure. Each pass takes in the files waiting in the store's uploads, oldest first,
/// then publishes what the report schedule (REPORT_SCHEDULE, UTC) says is due; then it waits and goes again until
/// Ctrl+C.
/// </summary>
internal sealed class ServeCommand
{
    private const int DefaultPollSeconds = 30;

    // Exact ISO 8601 forms only: a lenient parse would read "07:30" as today, which is the ambient clock --as-of replaces.
    private static readonly string[] InstantFormats = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd"];

    private static readonly Option<bool> Once = new("--once")
    {
        Description = "Make one pass and exit: 0 when nothing was rejected, 1 when a file was rejected or anything failed.",
    };

    private static readonly Option<DateTimeOffset?> AsOf = new("--as-of")
    {
        Description = "Run as if it were this instant (ISO 8601, such as 2019-10-05T07:30Z; UTC unless an offset is given), for tests and backfills.",
        CustomParser = ParseInstant,
    };

    private static readonly Option<int> Poll = CreatePoll();

    private static readonly Option<int> Parallel = CreateParallel();

    public static Command Create(CliConsole console)
    {
        var command = new Command("serve", "Take in files dropped in the store's uploads folder and publish each month's reports on the schedule, until stopped (Ctrl+C).")
        {
            Once,
            AsOf,
            Poll,
            Parallel,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(console, parse, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, ParseResult parse, CancellationToken cancellationToken)
    {
        var scheduleText = Environment.GetEnvironmentVariable(ReportSchedule.SettingName) is { Length: > 0 } configured ? configured : ReportSchedule.DefaultExpression;
        var schedule = ReportSchedule.Parse(scheduleText);
        if (!schedule.Success)
        {
            console.Error($"{ReportSchedule.SettingName}: expected {schedule.Expected}");
            return ExitCodes.UsageError;
        }

        TimeProvider clock = parse.GetValue(AsOf) is { } asOf ? new AsOfClock(asOf) : TimeProvider.System;
        var store = parse.GetValue(CommonOptions.Store)!;
        var services = CliHost.AddStore(new ServiceCollection().AddSingleton(clock).AddSingleton(schedule.Value).AddIndicatorPipeline(), store);
        // Files are taken oldest first: a local folder by last write time (the Azure store registers its blobs' times itself).
        if (!StoreLocation.IsAzure(store))
        {
            services.AddSingleton<IUploadArrivalTimes, LocalUploadArrivalTimes>();
        }

        await using var provider = services.BuildServiceProvider();
        var once = parse.GetValue(Once);
        var poll = TimeSpan.FromSeconds(parse.GetValue(Poll));
        var parallel = parse.GetValue(Parallel);
        console.Info(string.Create(CultureInfo.InvariantCulture,
            $"Serving {provider.GetRequiredService<IScrutinyStore>().Description}: taking in files from its uploads and publishing reports on the schedule {schedule.Value}, up to {parallel} panels' reports at once{(once ? "; one pass" : $", every {poll.TotalSeconds:0} s until Ctrl+C")}."));
        try
        {
            while (true)
            {
                var pass = await ServePass.RunAsync(provider.GetRequiredService<UploadDropScanner>(), provider.GetRequiredService<MonthlyPublication>(),
                    provider.GetRequiredService<Pipeline.Notifications.DataDueReminders>(), provider.GetRequiredService<Pipeline.Portal.PortalRefresher>(),
                    provider.GetRequiredService<Pipeline.Notifications.NotificationSender>(), parallel, cancellationToken);
                ServePassOutput.Print(console, pass, quiet: !once);
                if (once)
                {
                    return pass.Succeeded ? ExitCodes.Success : ExitCodes.Failed;
                }

                await Task.Delay(poll, clock, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A file cut off mid-ingest stays in uploads and is taken in whole next time.
            console.Info("Stopped.");
            return ExitCodes.Success;
        }
    }

    private static Option<int> CreatePoll()
    {
        var poll = new Option<int>("--poll")
        {
            Description = $"Seconds to wait between passes (default {DefaultPollSeconds}).",
            DefaultValueFactory = _ => DefaultPollSeconds,
        };
        poll.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--poll: expected a whole number of seconds, at least 1");
            }
        });
        return poll;
    }

    // Reports are made with SkiaSharp and the store's round trips in between: one per core keeps the cores busy
    // without holding more reports in memory than they can work on.
    private static Option<int> CreateParallel()
    {
        var parallel = new Option<int>("--parallel")
        {
            Description = $"Panels' reports to make at once (default the number of cores, {Environment.ProcessorCount} here).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel: expected a whole number of panels, at least 1");
            }
        });
        return parallel;
    }

    private static DateTimeOffset? ParseInstant(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            return instant;
        }

        result.AddError($"--as-of \"{text}\": expected an ISO 8601 instant such as 2019-10-05T07:30Z");
        return null;
    }
}

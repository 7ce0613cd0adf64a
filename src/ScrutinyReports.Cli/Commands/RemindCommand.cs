using System.CommandLine.Parsing;
using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Cli.Commands;

/// <summary>
/// <c>scrutiny remind [--as-of DATE]</c>: remind officers of figures due at the next data deadline that have not
/// arrived, and of follow-up items they lead that need an update, once per officer per month; tell each panel's chair of
/// items long overdue; then send. Meant to run daily (the Functions app's timer does).
/// </summary>
internal sealed class RemindCommand
{
    public static Command Create(CliConsole console)
    {
        var asOf = new Option<DateOnly?>("--as-of")
        {
            Description = "Run as if today were this date (yyyy-MM-dd, UK); default today.",
            CustomParser = ParseDate,
        };
        var command = new Command("remind", "Remind officers whose figures for the month due next are missing or whose follow-up items need an update, and tell chairs of items overdue by more than Reminders__ChairOverdueDays (from Reminders__DaysBefore days before the deadline, default 5).") { asOf };
        command.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            var run = await services.GetRequiredService<DataDueReminders>().QueueAsync(parse.GetValue(asOf), cancellationToken);
            var deadline = run.Deadline.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            var from = run.RemindersFrom.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            console.Info($"{run.Month.Label} figures are due by {deadline}; reminders go from {from}.");
            console.Result(run.Queued.Count > 0
                ? $"queued reminders for {CountText.Of(run.Queued.Count, "officer")}: {string.Join(", ", run.Queued)}"
                : "no reminders to queue");
            if (run.ChairsTold.Count > 0)
            {
                console.Result($"queued overdue follow-up alerts for {CountText.Of(run.ChairsTold.Count, "chair")}: {string.Join(", ", run.ChairsTold)}");
            }

            if (run.AlreadyReminded > 0)
            {
                console.Info($"{CountText.Of(run.AlreadyReminded, "officer")} already reminded for {run.Month.Label}.");
            }

            return await NotifyCommand.SendAsync(console, services, cancellationToken) ? ExitCodes.Success : ExitCodes.Failed;
        }));
        return command;
    }

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"--as-of \"{text}\": expected a date such as 2026-09-30");
        return null;
    }
}

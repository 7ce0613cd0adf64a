using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Cli.Commands;

/// <summary><c>scrutiny notify</c>: send every waiting notification (receipts, reminders, publications) and list any still failing.</summary>
internal sealed class NotifyCommand
{
    public static Command Create(CliConsole console)
    {
        var failures = new Option<bool>("--failures") { Description = "Send nothing; list the messages not yet delivered, with their attempts and last error." };
        var command = new Command("notify", "Send the waiting notifications: upload receipts, data-due reminders and report publications (Smtp__Host etc. configure the mail server).") { failures };
        command.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
        {
            if (!parse.GetValue(failures))
            {
                return await SendAsync(console, services, cancellationToken) ? ExitCodes.Success : ExitCodes.Failed;
            }

            var undelivered = await services.GetRequiredService<NotificationSender>().Ledger.ListFailuresAsync(cancellationToken);
            foreach (var failure in undelivered.OrderBy(f => f.FirstFailedAt))
            {
                console.Result(string.Create(CultureInfo.InvariantCulture,
                    $"{failure.To}\t\"{failure.Subject}\"\t{CountText.Of(failure.Attempts, "attempt")} since {failure.FirstFailedAt:yyyy-MM-dd HH:mm} UTC\t{failure.LastError}"));
            }

            console.Info(undelivered.Count == 0 ? "Every message has been delivered." : $"{CountText.Of(undelivered.Count, "message")} not yet delivered; they are tried again by each 'scrutiny notify' or serve pass.");
            return undelivered.Count == 0 ? ExitCodes.Success : ExitCodes.Failed;
        }));
        return command;
    }

    /// <summary>Sends what is waiting and prints it; false when any message could not be sent, or no mail server is configured.</summary>
    public static async Task<bool> SendAsync(CliConsole console, IServiceProvider services, CancellationToken cancellationToken, bool quiet = false)
    {
        var pass = await services.GetRequiredService<NotificationSender>().SendWaitingAsync(cancellationToken);
        SendOutput.Print(console, pass, quiet);
        return pass.Failed == 0 && pass.NotSentBecause is null;
    }
}

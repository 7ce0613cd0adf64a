using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Cli.Commands;

/// <summary><c>scrutiny notify</c>: send every waiting notification (receipts, reminders, publications) and list any still failing.</summary>
internal sealed class NotifyCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("notify", "Send the waiting notifications: upload receipts, data-due reminders and report publications (Smtp__Host etc. configure the mail server).");
        command.SetAction((parse, cancellationToken) => CliHost.WithPipelineAsync(parse.GetValue(CommonOptions.Store)!, async services =>
            await SendAsync(console, services, cancellationToken) ? ExitCodes.Success : ExitCodes.Failed));
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

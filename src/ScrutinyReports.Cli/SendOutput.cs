using System.Globalization;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Pipeline.Notifications;

namespace ScrutinyReports.Cli;

/// <summary>Prints a pass over the notifications queue: a line per notification that sent or failed something, then the totals.</summary>
internal static class SendOutput
{
    public static void Print(CliConsole console, SendPass pass, bool quiet = false)
    {
        if (pass.NotSentBecause is { } reason)
        {
            if (!quiet)
            {
                console.Info($"Notifications not sent: {reason}. They stay queued until then.");
            }

            return;
        }

        foreach (var result in pass.Events)
        {
            if (result.Sent > 0)
            {
                console.Result(string.Create(CultureInfo.InvariantCulture, $"sent {result.Kind} {result.EventId}: {CountText.Of(result.Sent, "message")}"));
            }

            if (result.Note is { } note && !quiet)
            {
                console.Info($"{result.EventId}: {note}");
            }

            foreach (var failure in result.Failures)
            {
                console.Error($"{result.EventId}: not sent to {failure}");
            }
        }

        foreach (var unreadable in pass.Events.Where(e => e.Unreadable))
        {
            console.Info($"{unreadable.EventId} was set aside in the store's mail/unreadable/ folder: it cannot be sent.");
        }

        if (!quiet || pass.Events.Count > 0)
        {
            console.Info(string.Create(CultureInfo.InvariantCulture,
                $"Notifications: {pass.Events.Count} handled, {CountText.Of(pass.Sent, "message")} sent, {pass.Failed} failed{(pass.StillWaiting > 0 ? $"; {pass.StillWaiting} stay queued and are tried again by the next 'scrutiny notify' or serve pass" : string.Empty)}."));
        }
    }
}

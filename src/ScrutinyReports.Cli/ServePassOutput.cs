using System.Globalization;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Pipeline.Hosting;

namespace ScrutinyReports.Cli;

/// <summary>
/// Prints a <see cref="ServePass"/>: one result line per file taken in and the paths of new report versions on
/// standard output; errors and progress on standard error. A quiet pass (between polls) says nothing when nothing
/// happened.
/// </summary>
internal static class ServePassOutput
{
    public static void Print(CliConsole console, ServePass pass, bool quiet)
    {
        foreach (var drop in pass.Uploads.Drops)
        {
            PrintDrop(console, drop);
        }

        PrintPublication(console, pass.Publication, quiet);
        if (pass.Reminders.Queued.Count > 0)
        {
            console.Result($"queued data-due reminders for {pass.Reminders.Month.Label} to {string.Join(", ", pass.Reminders.Queued)}");
        }

        SendOutput.Print(console, pass.Notifications, quiet);
        var uploads = pass.Uploads;
        var newVersions = pass.Publication.NewVersions.Count();
        if (!quiet || uploads.Accepted + uploads.Unchanged + uploads.Rejected + uploads.Failed + newVersions > 0 || !pass.Publication.Succeeded)
        {
            console.Info(string.Create(CultureInfo.InvariantCulture,
                $"Pass as of {pass.Publication.AsOf:yyyy-MM-dd HH:mm} UTC: {uploads.Accepted} accepted, {uploads.Unchanged} unchanged, {uploads.Rejected} rejected, {uploads.Failed} failed; {newVersions} new report versions."));
        }
    }

    private static void PrintDrop(CliConsole console, UploadDrop drop)
    {
        switch (drop.Status)
        {
            case UploadDropStatus.Accepted:
                var commit = drop.Outcome!.Commit!;
                console.Result(string.Create(CultureInfo.InvariantCulture,
                    $"accepted {Echo.Plain(drop.Path)}: {commit.Total:N0} figures for {drop.Outcome.PerIndicator.Count} indicators ({commit.Added:N0} new, {commit.Superseded:N0} revised, {commit.Outdated:N0} older than figures already stored)"));
                break;
            case UploadDropStatus.Unchanged:
                console.Result($"unchanged {Echo.Plain(drop.Path)}: this content was already stored ({drop.Outcome!.Upload.Id[..19]})");
                break;
            case UploadDropStatus.Rejected:
                foreach (var error in drop.Outcome!.Errors)
                {
                    console.Error(error);
                }

                console.Result($"rejected {Echo.Plain(drop.Path)}: {drop.Outcome.ErrorCount:N0} errors; nothing from this file was stored");
                break;
            case UploadDropStatus.Failed:
                console.Error($"{Echo.Plain(drop.Path)}: {drop.Error}");
                console.Result($"failed {Echo.Plain(drop.Path)}: left in uploads to try again");
                return;
            default:
                return;
        }

        if (!drop.Removed)
        {
            console.Info($"{Echo.Plain(drop.Path)} was replaced while it was being read; the new content is taken next.");
        }
    }

    private static void PrintPublication(CliConsole console, MonthlyRun run, bool quiet)
    {
        switch (run.Kind)
        {
            case MonthlyRunKind.NotYetDue when !quiet:
                console.Info("No report is due: the schedule has had no occurrence yet.");
                break;
            case MonthlyRunKind.NothingToPublish when !quiet:
                console.Info("No report published: the store has no indicator catalogue yet (nothing has been uploaded).");
                break;
            case MonthlyRunKind.Scheduled:
                console.Info(string.Create(CultureInfo.InvariantCulture,
                    $"Scheduled run of {run.Occurrence:yyyy-MM-dd HH:mm} UTC{(run.Missed > 0 ? $", standing in for {run.Missed} missed" : string.Empty)}: reports for {run.Month!.Value.Label}."));
                break;
        }

        foreach (var published in run.Published)
        {
            if (published.IsNewVersion)
            {
                ReportOutput.Print(console, published, outFolder: null);
            }
            else if (!quiet || run.Kind == MonthlyRunKind.Scheduled)
            {
                console.Info($"{published.Report.Panel.Name}: report for {published.Report.Period.Label} unchanged at version {published.Version.Version}.");
            }
        }

        foreach (var failure in run.Failures)
        {
            console.Error($"panel {failure.PanelId}: {failure.Message}");
        }
    }
}

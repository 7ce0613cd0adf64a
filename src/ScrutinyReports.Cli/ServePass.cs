using ScrutinyReports.Pipeline.Hosting;

namespace ScrutinyReports.Cli;

/// <summary>One pass of <c>scrutiny serve</c>: every waiting upload taken in, then the schedule's publication.</summary>
internal sealed record ServePass(UploadDropSummary Uploads, MonthlyRun Publication)
{
    /// <summary>False when a file was rejected or failed, or a panel's report could not be made.</summary>
    public bool Succeeded => Uploads.Rejected == 0 && Uploads.Failed == 0 && Publication.Succeeded;

    // Uploads first, so that a report due now includes the figures that arrived for it.
    public static async Task<ServePass> RunAsync(UploadDropScanner scanner, MonthlyPublication publication, CancellationToken cancellationToken) =>
        new(await scanner.ScanAsync(cancellationToken), await publication.RunAsync(cancellationToken));
}

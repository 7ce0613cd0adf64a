using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Cli;

/// <summary>Prints where a published report's files are, copying them from the store to --out first when asked.</summary>
internal static class ReportOutput
{
    public static async Task PrintAsync(CliConsole console, PublishedReport published, DirectoryInfo? outFolder, IFileStore files, CancellationToken cancellationToken)
    {
        var paths = new[] { published.JsonPath, published.HtmlPath, published.PdfPath };
        if (outFolder is not null)
        {
            outFolder.Create();
            paths = [];
            foreach (var file in ReportFiles.All)
            {
                var target = Path.Combine(outFolder.FullName, file);
                await using var source = await files.OpenReadAsync(Containers.Reports, $"{published.Version.Folder}/{file}", cancellationToken)
                    ?? throw new InvalidOperationException($"The published file {published.Version.Folder}/{file} is missing from the store.");
                await using var copy = File.Create(target);
                await source.CopyToAsync(copy, cancellationToken);
                paths = [.. paths, target];
            }
        }

        Summarise(console, published, paths);
    }

    /// <summary>Prints the summary and the store's own paths of the files (no copying).</summary>
    public static void Print(CliConsole console, PublishedReport published, DirectoryInfo? outFolder = null)
    {
        if (outFolder is not null)
        {
            throw new ArgumentException("Copying to a folder reads from the store: use PrintAsync.", nameof(outFolder));
        }

        Summarise(console, published, [published.JsonPath, published.HtmlPath, published.PdfPath]);
    }

    private static void Summarise(CliConsole console, PublishedReport published, string[] paths)
    {

        var report = published.Report;
        var missing = report.Indicators.Count(entry => entry.Analysis.IsMissing);
        console.Info($"{report.Panel.Name}: report for {report.Period.Label}, version {published.Version.Version}" +
                     (published.IsNewVersion ? string.Empty : " (unchanged: the inputs are the same as last time)") +
                     $"; {report.Indicators.Count} indicators, {missing} without a figure.");
        foreach (var path in paths)
        {
            console.Result(path);
        }
    }
}

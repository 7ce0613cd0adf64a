using ScrutinyReports.Pipeline.Reports;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Cli;

/// <summary>Prints where a published report's files are, copying them from the store to --out first when asked.</summary>
internal static class ReportOutput
{
    public static async Task PrintAsync(CliConsole console, PublishedReport published, DirectoryInfo? outFolder, IFileStore files, CancellationToken cancellationToken)
    {
        var paths = new List<string>();
        outFolder?.Create();
        foreach (var (file, stored) in Files(published))
        {
            await using var source = await files.OpenReadAsync(Containers.Reports, $"{published.Version.Folder}/{file}", cancellationToken);
            if (source is null && ReportFiles.MayBeAbsent(file))
            {
                // A version published before report.xlsx existed has none until its inputs change.
                continue;
            }

            if (source is null)
            {
                throw new InvalidOperationException($"The published file {published.Version.Folder}/{file} is missing from the store.");
            }

            if (outFolder is null)
            {
                paths.Add(stored);
                continue;
            }

            var target = Path.Combine(outFolder.FullName, file);
            await using var copy = File.Create(target);
            await source.CopyToAsync(copy, cancellationToken);
            paths.Add(target);
        }

        Summarise(console, published, [.. paths]);
    }

    /// <summary>Prints the summary and the store's own paths of the files (no copying).</summary>
    public static void Print(CliConsole console, PublishedReport published, DirectoryInfo? outFolder = null)
    {
        if (outFolder is not null)
        {
            throw new ArgumentException("Copying to a folder reads from the store: use PrintAsync.", nameof(outFolder));
        }

        Summarise(console, published, [.. Files(published).Select(file => file.Stored)]);
    }

    /// <summary>The version's files in <see cref="ReportFiles.All"/> order, with where the store keeps each.</summary>
    private static IEnumerable<(string File, string Stored)> Files(PublishedReport published)
    {
        yield return (ReportFiles.Json, published.JsonPath);
        yield return (ReportFiles.Html, published.HtmlPath);
        yield return (ReportFiles.Pdf, published.PdfPath);
        yield return (ReportFiles.Xlsx, published.XlsxPath);
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

using ScrutinyReports.Pipeline.Reports;

namespace ScrutinyReports.Cli;

/// <summary>Prints where a published report's files are, copying them to --out first when asked.</summary>
internal static class ReportOutput
{
    public static void Print(CliConsole console, PublishedReport published, DirectoryInfo? outFolder)
    {
        var paths = new[] { published.JsonPath, published.HtmlPath, published.PdfPath };
        if (outFolder is not null)
        {
            outFolder.Create();
            paths = paths.Select(source =>
            {
                var target = Path.Combine(outFolder.FullName, Path.GetFileName(source));
                File.Copy(source, target, overwrite: true);
                return target;
            }).ToArray();
        }

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

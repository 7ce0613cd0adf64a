using System.Text.RegularExpressions;
using ScrutinyReports.Pipeline.Reports;

namespace ScrutinyReports.Pipeline.Portal;

/// <summary>
/// Which files in a portal's container the writer made and may remove: a known panel's period pages
/// ({panel}/{period}/index.html), its follow-up log page ({panel}/follow-up.html) and copies of its report files (reports/{panel}/{period}/v{n}/report.*). Anything
/// else there, such as a council's own pages on its static website, is never touched.
/// </summary>
internal static partial class PortalOwnership
{
    public static bool Owns(string path, IReadOnlySet<string> panelIds)
    {
        ArgumentNullException.ThrowIfNull(path);
        var page = PeriodPage().Match(path);
        if (page.Success)
        {
            return panelIds.Contains(page.Groups["panel"].Value);
        }

        var log = FollowUpPage().Match(path);
        if (log.Success)
        {
            return panelIds.Contains(log.Groups["panel"].Value);
        }

        var copy = ReportCopy().Match(path);
        return copy.Success && panelIds.Contains(copy.Groups["panel"].Value) && ReportFiles.All.Contains(copy.Groups["file"].Value, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^(?<panel>[^/]+)/[^/]+/index\.html$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPage();

    [GeneratedRegex(@"^(?<panel>[^/]+)/follow-up\.html$", RegexOptions.CultureInvariant)]
    private static partial Regex FollowUpPage();

    [GeneratedRegex(@"^reports/(?<panel>[^/]+)/[^/]+/v[0-9]+/(?<file>[^/]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ReportCopy();
}

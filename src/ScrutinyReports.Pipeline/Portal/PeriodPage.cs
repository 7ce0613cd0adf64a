using System.Globalization;
using System.Text;
using static ScrutinyReports.Pipeline.Portal.PortalPage;

namespace ScrutinyReports.Pipeline.Portal;

/// <summary>One panel's month: every version, newest first, with its files and what changed since the one before.</summary>
internal static class PeriodPage
{
    private const string ToRoot = "../../";

    public static byte[] Render(PortalPeriod period)
    {
        var panel = Encode(period.PanelName);
        var label = Encode(period.Label);
        var breadcrumbs = new StringBuilder()
            .Append("    <li><a href=\"").Append(ToRoot).Append(PortalLinks.Index).Append("\">All reports</a></li>\n")
            .Append("    <li><a href=\"").Append(ToRoot).Append(PortalLinks.Index).Append('#').Append(IndexPage.Anchor(period.PanelId)).Append("\">")
            .Append(panel).Append("</a></li>\n")
            .Append("    <li aria-current=\"page\">").Append(label).Append("</li>\n");

        var count = period.Versions.Count;
        var main = new StringBuilder()
            .Append("<h1>").Append(panel).Append(": ").Append(label).Append("</h1>\n")
            .Append("<p class=\"lede\">").Append(count == 1 ? "One version" : string.Create(CultureInfo.InvariantCulture, $"{count} versions"))
            .Append(" of this month's report, newest first. A new version is published only when the figures behind the report change.</p>\n");
        foreach (var version in period.Versions)
        {
            var number = version.Version.Version;
            AppendVersion(main, period, version, ToRoot, string.Create(CultureInfo.InvariantCulture, $"v{number}"), string.Create(CultureInfo.InvariantCulture, $"Version {number}"));
        }

        return PortalPage.Render($"{period.PanelName}: {period.Label} - {SiteName}", ToRoot, breadcrumbs.ToString(), main.ToString());
    }

    /// <summary>A version's section: its h2 (<paramref name="name"/>, marked latest), facts, file links and what changed.</summary>
    /// <param name="id">The section heading's id, unique on the page.</param>
    public static void AppendVersion(StringBuilder main, PortalPeriod period, PortalVersion version, string toRoot, string id, string name)
    {
        var heading = name + (version == period.Latest ? " (latest)" : "");
        var context = $"{period.Label}, {VersionFragments.VersionName(version)}, ";
        main.Append("<section class=\"version\" aria-labelledby=\"").Append(id).Append("\">\n")
            .Append("<h2 id=\"").Append(id).Append("\">").Append(Encode(heading)).Append("</h2>\n<dl class=\"facts\">\n")
            .Append("  <dt>Published</dt><dd>").Append(Encode(UkTime.Format(version.Version.PublishedAt))).Append("</dd>\n")
            .Append("  <dt>RAG ratings</dt><dd>").Append(VersionFragments.Ratings(version.Summary.Rag)).Append("</dd>\n")
            .Append(version.Summary.Breakdowns.Sections > 0 ? $"  <dt>Breakdowns</dt><dd>{Encode(version.Summary.Breakdowns.Text)}</dd>\n" : "")
            .Append("  <dt>Files</dt><dd>").Append(VersionFragments.Files(version, toRoot, context)).Append("</dd>\n</dl>\n");
        AppendChanges(main, version.Summary);
        main.Append("</section>\n");
    }

    private static void AppendChanges(StringBuilder main, VersionSummary summary)
    {
        if (summary.PreviousVersion is not { } previous)
        {
            main.Append("<p>This is the first version of this month's report.</p>\n");
            return;
        }

        main.Append(string.Create(CultureInfo.InvariantCulture, $"<h3>What changed since version {previous}</h3>\n"));
        if (summary.Changes.Count == 0)
        {
            main.Append("<p>No figure, status or RAG rating changed; the figures behind the report were re-sent or corrected without changing what it shows.</p>\n");
            return;
        }

        main.Append("<ul class=\"changes\">\n");
        foreach (var change in summary.Changes)
        {
            main.Append("  <li>").Append(Encode(ChangeWording.Describe(change))).Append("</li>\n");
        }

        main.Append("</ul>\n");
    }
}

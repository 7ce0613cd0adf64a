using System.Globalization;
using System.Text;
using static ScrutinyReports.Pipeline.Portal.PortalPage;

namespace ScrutinyReports.Pipeline.Portal;

/// <summary>The portal's front page: each panel with its months, newest first, and the latest version of each.</summary>
internal static class IndexPage
{
    /// <param name="openFollowUps">How many follow-up items each panel with a log has open; panels without a log are absent.</param>
    public static byte[] Render(IReadOnlyList<PortalPanel> panels, IReadOnlyDictionary<string, int>? openFollowUps = null)
    {
        var main = new StringBuilder();
        main.Append("<h1>").Append(SiteName).Append("</h1>\n")
            .Append("<p class=\"lede\">Monthly children's services performance reports for each scrutiny panel, newest month first. ")
            .Append("Each month's page lists every version of its report and what changed between them.</p>\n");
        if (panels.Count == 0)
        {
            main.Append("<p>No reports have been published yet.</p>\n");
        }

        if (panels.Count > 1)
        {
            main.Append("<nav aria-labelledby=\"panels\">\n<h2 id=\"panels\">Panels</h2>\n<ul>\n");
            foreach (var panel in panels)
            {
                main.Append("  <li><a href=\"#").Append(Anchor(panel.Id)).Append("\">").Append(Encode(panel.Name)).Append("</a></li>\n");
            }

            main.Append("</ul>\n</nav>\n");
        }

        foreach (var panel in panels)
        {
            AppendPanel(main, panel, openFollowUps?.TryGetValue(panel.Id, out var open) == true ? open : null);
        }

        return PortalPage.Render(SiteName, "", null, main.ToString());
    }

    /// <summary>The id of a panel's section, for links from its period pages.</summary>
    public static string Anchor(string panelId) => Encode("panel-" + panelId);

    private static void AppendPanel(StringBuilder main, PortalPanel panel, int? openFollowUps)
    {
        var name = Encode(panel.Name);
        main.Append("<section aria-labelledby=\"").Append(Anchor(panel.Id)).Append("\">\n")
            .Append("<h2 id=\"").Append(Anchor(panel.Id)).Append("\">").Append(name).Append("</h2>\n")
            .Append("<table class=\"stack\">\n<caption>").Append(name).Append(": the latest version of each month's report, newest month first</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Month</th><th scope=\"col\">Latest version</th><th scope=\"col\">RAG ratings</th><th scope=\"col\">Files</th></tr></thead>\n<tbody>\n");
        foreach (var period in panel.Periods)
        {
            var latest = period.Latest;
            var context = $"{panel.Name}, {period.Label}, {VersionFragments.VersionName(latest)}, ";
            main.Append("<tr>\n<th scope=\"row\"><a href=\"").Append(Href("", period.PanelId, period.Period, "index.html")).Append("\">")
                .Append("<span class=\"vh\">").Append(name).Append(", </span>").Append(Encode(period.Label))
                .Append("<span class=\"vh\">: every version</span></a></th>\n")
                .Append("<td data-label=\"Latest version\">").Append(Encode(Capitalised(VersionFragments.VersionName(latest))))
                .Append(string.Create(CultureInfo.InvariantCulture, $" of {period.Versions.Count}"))
                .Append("<br><span class=\"small\">Published ").Append(Encode(UkTime.Format(latest.Version.PublishedAt))).Append("</span></td>\n")
                .Append("<td data-label=\"RAG ratings\">").Append(VersionFragments.Ratings(latest.Summary.Rag)).Append("</td>\n")
                .Append("<td data-label=\"Files\">").Append(VersionFragments.Files(latest, "", context)).Append("</td>\n</tr>\n");
        }

        main.Append("</tbody>\n</table>\n");
        if (openFollowUps is { } open)
        {
            main.Append("<p><a href=\"").Append(Href("", panel.Id, "follow-up.html")).Append("\">").Append(name)
                .Append(": follow-up log</a> (").Append(Encode(Domain.Formatting.CountText.Of(open, "open item"))).Append(")</p>\n");
        }

        main.Append("</section>\n");
    }

    private static string Capitalised(string text) => string.Concat(text[..1].ToUpperInvariant(), text[1..]);
}

using System.Net;
using System.Text;

namespace ScrutinyReports.Pipeline.Portal;

/// <summary>
/// The frame every portal page shares: the document head, a skip link, the header, optional breadcrumbs, the main
/// content and the footer. Pages carry no date of writing, so writing them again from the same versions gives the
/// same bytes.
/// </summary>
internal static class PortalPage
{
    public const string SiteName = "Scrutiny panel reports";

    /// <param name="toRoot">The relative path from the page to the portal's root: "" or "../../".</param>
    /// <param name="breadcrumbs">Encoded list items, or null for none.</param>
    /// <param name="main">Encoded content of the main landmark, starting with the page's only h1.</param>
    /// <param name="home">Where the site name links, encoded; the portal's index (under <paramref name="toRoot"/>) unless given.</param>
    public static byte[] Render(string title, string toRoot, string? breadcrumbs, string main, string? home = null)
    {
        var html = new StringBuilder(8 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(PortalStyles.Css).Append("</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#main\">Skip to main content</a>\n<header>\n  <p class=\"site\"><a href=\"")
            .Append(home ?? toRoot + PortalLinks.Index).Append("\">").Append(SiteName).Append("</a></p>\n</header>\n");
        if (breadcrumbs is not null)
        {
            html.Append("<nav class=\"crumbs\" aria-label=\"Breadcrumb\">\n  <ol>\n").Append(breadcrumbs).Append("  </ol>\n</nav>\n");
        }

        html.Append("<main id=\"main\">\n").Append(main).Append("</main>\n<footer>\n")
            .Append("  <p>Published by ScrutinyReports. Times are UK time. Each report comes as a web page (HTML), a printable PDF and its figures as data (JSON).</p>\n")
            .Append("</footer>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A relative URL from path segments, each escaped, then encoded for an attribute.</summary>
    public static string Href(string toRoot, params ReadOnlySpan<string> segments)
    {
        var url = new StringBuilder(toRoot);
        for (var i = 0; i < segments.Length; i++)
        {
            url.Append(i == 0 ? "" : "/").Append(Uri.EscapeDataString(segments[i]));
        }

        return Encode(url.ToString());
    }
}

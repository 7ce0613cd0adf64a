using System.Globalization;
using System.Text;
using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Notifications;
using static ScrutinyReports.Pipeline.Portal.PortalPage;

namespace ScrutinyReports.Pipeline.Portal;

/// <summary>
/// A panel's open follow-up log ({panel}/follow-up.html): every recommendation, action and question still open, in the
/// pack's order, with overdue worked out as at the day the page was written (so, unlike the other pages, it changes
/// from day to day while anything is open).
/// </summary>
internal static class FollowUpPage
{
    private const string ToRoot = "../";

    public static byte[] Render(PortalPanel panel, IReadOnlyList<FollowUpItem> open, DateOnly asAt, IReadOnlyList<Subscriber> subscribers)
    {
        var name = Encode(panel.Name);
        var date = Encode(LongDate(asAt));
        var breadcrumbs = new StringBuilder()
            .Append("    <li><a href=\"").Append(ToRoot).Append(PortalLinks.Index).Append("\">All reports</a></li>\n")
            .Append("    <li><a href=\"").Append(ToRoot).Append(PortalLinks.Index).Append('#').Append(IndexPage.Anchor(panel.Id)).Append("\">").Append(name).Append("</a></li>\n")
            .Append("    <li aria-current=\"page\">Follow-up log</li>\n");
        var overdue = open.Count(item => item.IsOverdue(asAt));
        var main = new StringBuilder()
            .Append("<h1>").Append(name).Append(": follow-up log</h1>\n")
            .Append("<p class=\"lede\">").Append("The panel's recommendations, actions and questions: ").Append(Encode(CountText.Of(open.Count, "item")))
            .Append(open.Count == 1 ? " is" : " are").Append(" still open on ").Append(date).Append(overdue > 0 ? Encode($", {overdue} of them overdue") : string.Empty)
            .Append(". An item is overdue when it is still open after its due date; the status is the lead officer's latest report.</p>\n");
        if (open.Count == 0)
        {
            main.Append("<p>Nothing is open.</p>\n");
        }
        else
        {
            main.Append("<table class=\"stack\">\n<caption>Open items on ").Append(date).Append(", overdue first</caption>\n<thead><tr>")
                .Append("<th scope=\"col\">Ref</th><th scope=\"col\">Kind</th><th scope=\"col\">Item</th><th scope=\"col\">Lead</th>")
                .Append("<th scope=\"col\">Due</th><th scope=\"col\">Status</th><th scope=\"col\">Latest update</th></tr></thead>\n<tbody>\n");
            foreach (var item in open)
            {
                main.Append("<tr>\n<th scope=\"row\">").Append(Encode(item.Ref)).Append("</th>\n")
                    .Append(Cell("Kind", FollowUpWords.Capitalised(item.Kind)))
                    .Append(Cell("Item", item.Text))
                    .Append(Cell("Lead", LeadNames.Of(item.Lead, subscribers)))
                    .Append(Cell("Due", item.Due is { } due ? LongDate(due) : "No due date"))
                    .Append(Cell("Status", Status(item, asAt)))
                    .Append(Cell("Latest update", item.LatestUpdate is { } update ? $"{update.Update} ({LongDate(update.Date)})" : "No update yet"))
                    .Append("</tr>\n");
            }

            main.Append("</tbody>\n</table>\n");
        }

        return PortalPage.Render($"{panel.Name}: follow-up log - {SiteName}", ToRoot, breadcrumbs.ToString(), main.ToString());
    }

    /// <summary>"Overdue by 16 days (reported open)", or the lead's status when not overdue.</summary>
    public static string Status(FollowUpItem item, DateOnly asAt) => item.IsOverdue(asAt)
        ? $"Overdue by {CountText.Of(item.DaysOverdue(asAt), "day")} (reported {FollowUpWords.Of(item.Status)})"
        : FollowUpWords.Capitalised(item.Status);

    private static string Cell(string label, string text) => $"<td data-label=\"{Encode(label)}\">{Encode(text)}</td>\n";

    private static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Pipeline.Storage;
using static ScrutinyReports.Pipeline.Portal.PortalPage;

namespace ScrutinyReports.Pipeline.Portal;

/// <summary>
/// The members' pages the Functions app serves behind sign-in, in the portal's frame and styles: the panels a person
/// may read, a panel's every version with its files, and the plain pages for refusals. A panel's page is served at
/// <c>{root}/{panel}</c> and links its files relatively as <c>reports/{panel}/{period}/v{n}/{file}</c>, the portal's
/// own layout, so the file route is <c>{root}/reports/{panel}/{period}/v{n}/{file}</c>.
/// </summary>
public sealed class MembersPages(IScrutinyStore store)
{
    /// <summary>The anchor of a version on its panel's page, which the publication e-mail links to.</summary>
    public static string VersionAnchor(string period, int version) => string.Create(CultureInfo.InvariantCulture, $"{period}-v{version}");

    /// <summary>A panel as configured in the store (the default panel for reports published before any was), or null.</summary>
    public async Task<Panel?> FindPanelAsync(string panelId, CancellationToken cancellationToken = default)
    {
        var panels = await store.Panels.ListAsync(cancellationToken);
        return panels.FirstOrDefault(panel => string.Equals(panel.Id, panelId, StringComparison.Ordinal))
            ?? (panelId == Panel.Default.Id ? Panel.Default : null);
    }

    public Task<IReadOnlyList<Panel>> ListPanelsAsync(CancellationToken cancellationToken = default) => store.Panels.ListAsync(cancellationToken);

    /// <param name="root">The members' pages' root path, such as "/api/members".</param>
    public async Task<byte[]> PanelPageAsync(Panel panel, string root, string signedInAs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var read = await new PortalContentsReader(store).ReadPanelAsync(panel, includeInternal: true, cancellationToken);
        var name = Encode(panel.Name);
        var main = new StringBuilder()
            .Append("<h1>").Append(name).Append("</h1>\n")
            .Append(SignedIn(signedInAs))
            .Append("<p class=\"lede\">Every version of the panel's monthly reports, newest month first. A new version is published only when the figures behind a report change.</p>\n");
        if (panel.Audience != Audience.Public)
        {
            main.Append("<p><strong>These reports are for the panel's members and officers only.</strong> Please do not forward them or their files.</p>\n");
        }

        if (read is null)
        {
            main.Append("<p>No reports have been published for this panel yet.</p>\n");
        }
        else
        {
            if (read.Periods.Count > 1)
            {
                main.Append("<nav aria-labelledby=\"months\">\n<h2 id=\"months\">Months</h2>\n<ul>\n");
                foreach (var period in read.Periods)
                {
                    main.Append("  <li><a href=\"#").Append(VersionAnchor(period.Period, period.Latest.Version.Version)).Append("\">")
                        .Append(Encode(period.Label)).Append("</a></li>\n");
                }

                main.Append("</ul>\n</nav>\n");
            }

            foreach (var period in read.Periods)
            {
                foreach (var version in period.Versions)
                {
                    var number = version.Version.Version;
                    PeriodPage.AppendVersion(main, period, version, root.TrimEnd('/') + "/", VersionAnchor(period.Period, number),
                        string.Create(CultureInfo.InvariantCulture, $"{period.Label}, version {number}"));
                }
            }
        }

        return Render($"{panel.Name} - Members' reports", "", Crumbs(root, panel.Name), main.ToString(), Encode(root));
    }

    /// <summary>The panels a person may read, each linking to its page.</summary>
    public static byte[] IndexPage(IReadOnlyList<Panel> readable, string root, string signedInAs)
    {
        ArgumentNullException.ThrowIfNull(readable);
        var main = new StringBuilder("<h1>Members' reports</h1>\n").Append(SignedIn(signedInAs));
        if (readable.Count == 0)
        {
            main.Append("<p>Your account cannot read any panel's reports here. Ask the officer who supports your panel to add you to its readers.</p>\n");
        }
        else
        {
            main.Append("<p class=\"lede\">The panels whose reports you can read.</p>\n<ul>\n");
            foreach (var panel in readable.OrderBy(panel => panel.Name, StringComparer.Ordinal))
            {
                main.Append("  <li><a href=\"").Append(Href(root.TrimEnd('/') + "/", panel.Id)).Append("\">").Append(Encode(panel.Name)).Append("</a></li>\n");
            }

            main.Append("</ul>\n");
        }

        return Render("Members' reports", "", null, main.ToString(), Encode(root));
    }

    /// <summary>403: signed in, but not in a group that may read the panel; says whom to ask, from the panel's configuration.</summary>
    public static byte[] ForbiddenPage(Panel panel, string root, string signedInAs, bool groupsOverflow)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var main = new StringBuilder("<h1>You cannot read these reports</h1>\n")
            .Append("<p>You are signed in as ").Append(Encode(signedInAs)).Append(", and your account is not in a group allowed to read the reports of ")
            .Append(Encode(panel.Name)).Append(".</p>\n");
        if (groupsOverflow)
        {
            main.Append("<p>Your account belongs to so many groups that the sign-in could not pass them on, so your membership could not be checked.</p>\n");
        }

        var contacts = panel.AccountableEmployees.Where(employee => employee.Email is not null || employee.Telephone is not null).ToList();
        if (contacts.Count == 0)
        {
            main.Append("<p>To ask for access, contact the council's scrutiny officer.</p>\n");
        }
        else
        {
            main.Append("<p>To ask for access, contact:</p>\n<ul>\n");
            foreach (var contact in contacts)
            {
                main.Append("  <li>").Append(Encode(contact.Name)).Append(contact.Role is { } role ? ", " + Encode(role) : "");
                if (contact.Email is { } email)
                {
                    main.Append(": <a href=\"mailto:").Append(Encode(Uri.EscapeDataString(email).Replace("%40", "@", StringComparison.Ordinal))).Append("\">").Append(Encode(email)).Append("</a>");
                }

                if (contact.Telephone is { } telephone)
                {
                    main.Append(contact.Email is null ? ": " : ", ").Append("telephone ").Append(Encode(telephone));
                }

                main.Append("</li>\n");
            }

            main.Append("</ul>\n");
        }

        return Render("You cannot read these reports - Members' reports", "", null, main.ToString(), Encode(root));
    }

    /// <summary>404: nothing here, worded alike whether or not something exists for someone else.</summary>
    public static byte[] NotFoundPage(string root) =>
        Render("Page not found - Members' reports", "", null,
            "<h1>Page not found</h1>\n<p>There is no report at this address. Check the link you followed, or <a href=\"" + Encode(root) + "\">see the panels whose reports you can read</a>.</p>\n",
            Encode(root));

    /// <summary>401: the request reached the app without a signed-in person; a link to the platform's sign-in, back to this address.</summary>
    public static byte[] SignInPage(string root, string returnPath) =>
        Render("Sign in - Members' reports", "", null,
            "<h1>Sign in to read this report</h1>\n<p>Members' reports are for councillors and officers. <a href=\""
            + Encode("/.auth/login/aad?post_login_redirect_uri=" + Uri.EscapeDataString(returnPath))
            + "\">Sign in with your council account</a> to read them.</p>\n",
            Encode(root));

    /// <summary>503: platform sign-in is off, so the app cannot tell who anyone is and shows nothing.</summary>
    public static byte[] UnavailablePage(string root) =>
        Render("Not available - Members' reports", "", null,
            "<h1>Members' reports are not available</h1>\n<p>Sign-in is not switched on for this service, so it cannot tell who you are. Please tell the council's scrutiny officer; the reports are safe and nothing has been shown.</p>\n",
            Encode(root));

    private static string SignedIn(string signedInAs) =>
        "<p class=\"small\">Signed in as " + Encode(signedInAs) + ". <a href=\"/.auth/logout\">Sign out</a></p>\n";

    private static string Crumbs(string root, string panelName) =>
        "    <li><a href=\"" + Encode(root) + "\">Members' reports</a></li>\n    <li aria-current=\"page\">" + Encode(panelName) + "</li>\n";
}

using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Panels;
using ScrutinyReports.Ingestion.Tables;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Subscribers;

/// <summary>
/// Reads the subscriber list (CSV or XLSX) with columns email, name, role, panel and themes, headers in any case.
/// Themes are separated by semicolons. Members need a panel; officers need the themes whose indicators they own.
/// Returns every subscriber or, when any row is wrong, the located errors and none.
/// </summary>
public static class SubscriberListReader
{
    public const char ThemeSeparator = ';';
    private static readonly string[] Required = ["email", "role"];
    private static readonly string[] Optional = ["name", "panel", "themes"];

    /// <param name="panelIds">The panels on record; a member's panel must be one of them. Empty: any panel id is taken.</param>
    /// <param name="themes">The catalogue's themes; an officer's themes must be among them.</param>
    public static IReadOnlyList<Subscriber> Read(Stream content, string fileName, UploadDiagnostics diagnostics,
        IReadOnlyCollection<string> panelIds, IReadOnlyCollection<string> themes)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        using var table = TableReaderFactory.TryOpen(content, fileName, diagnostics, NamedColumns.Layout(Required, "the subscriber list"));
        if (table is null)
        {
            return [];
        }

        var columns = NamedColumns.ReadHeader(table, fileName, diagnostics, Required, Optional, "the subscriber list");
        if (columns is null)
        {
            return [];
        }

        var subscribers = new List<Subscriber>();
        var firstRowOf = new Dictionary<(string, SubscriberRole, string?), int>();
        while (table.Read())
        {
            var row = new SubscriberRow(table, columns, fileName, diagnostics, panelIds, themes);
            if (row.Failed || row.IsBlank || row.Build() is not { } subscriber)
            {
                continue;
            }

            var key = (subscriber.Email.ToUpperInvariant(), subscriber.Role, subscriber.PanelId?.ToUpperInvariant());
            if (firstRowOf.TryGetValue(key, out var first))
            {
                row.Fail("email", $"{subscriber.Email} is listed twice with the same role and panel, first in row {first}; expected each person once per panel");
                continue;
            }

            firstRowOf[key] = row.RowNumber;
            subscribers.Add(subscriber);
        }

        if (subscribers.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Add(new UploadError(fileName, null, null, null, "the subscriber list names nobody; expected one row per person below the header"));
        }

        return diagnostics.HasErrors ? [] : subscribers;
    }

    private sealed class SubscriberRow(ITableReader table, Dictionary<string, UploadColumn> columns, string fileName, UploadDiagnostics diagnostics,
        IReadOnlyCollection<string> panelIds, IReadOnlyCollection<string> knownThemes)
        : NamedRow(table, columns, fileName, diagnostics)
    {
        public Subscriber? Build()
        {
            var email = Text("email");
            if (!EmailAddress.LooksValid(email))
            {
                Fail("email", $"expected an e-mail address such as j.smith@council.example; found {Echo.Quote(email)}");
            }

            var role = Role();
            var panel = Panel(role);
            var themes = Themes(role);
            var name = Text("name");
            return Failed || role is null ? null : new Subscriber(email, name.Length == 0 ? email : name, role.Value, panel, themes);
        }

        private SubscriberRole? Role()
        {
            var text = Text("role");
            if (text.Equals("member", StringComparison.OrdinalIgnoreCase))
            {
                return SubscriberRole.Member;
            }

            if (text.Equals("officer", StringComparison.OrdinalIgnoreCase))
            {
                return SubscriberRole.Officer;
            }

            Fail("role", $"expected member (a panel member, told when reports are published) or officer (reminded when figures are due); found {Echo.Quote(text)}");
            return null;
        }

        private string? Panel(SubscriberRole? role)
        {
            var text = Text("panel");
            if (text.Length == 0)
            {
                if (role == SubscriberRole.Member)
                {
                    Fail("panel", "a member needs the id of their panel, such as cypf; found a blank");
                }

                return null;
            }

            var known = panelIds.FirstOrDefault(id => string.Equals(id, text, StringComparison.OrdinalIgnoreCase));
            if (panelIds.Count > 0 && known is null)
            {
                Fail("panel", $"expected the id of a panel on record ({string.Join(", ", panelIds.Order(StringComparer.Ordinal))}); found {Echo.Quote(text)}");
            }

            return known ?? text;
        }

        private List<string> Themes(SubscriberRole? role)
        {
            var listed = Text("themes").Split(ThemeSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (listed.Length == 0 && role == SubscriberRole.Officer)
            {
                Fail("themes", $"an officer needs the themes whose indicators they own, separated by semicolons, such as {Example()}; found a blank");
            }

            var themes = new List<string>();
            foreach (var theme in listed)
            {
                var known = knownThemes.FirstOrDefault(candidate => string.Equals(candidate, theme, StringComparison.OrdinalIgnoreCase));
                if (known is null)
                {
                    Fail("themes", $"{Echo.Quote(theme)} is not a theme of the catalogue; expected one of {string.Join(", ", knownThemes.Order(StringComparer.Ordinal))}");
                }
                else
                {
                    themes.Add(known);
                }
            }

            return themes;
        }

        private string Example() => knownThemes.Count >= 2 ? $"{knownThemes.First()}; {knownThemes.Skip(1).First()}" : "Children in care; Adoption";
    }
}

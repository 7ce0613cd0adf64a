using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Ingestion.Subscribers;
using ScrutinyReports.Ingestion.Tables;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.FollowUp;

/// <summary>
/// Reads a panel's follow-up log (CSV or XLSX): columns ref, kind, text, raised, lead, due, status, update,
/// indicators and panel, headers in any case, with an optional "updated" date for the status and update. Every
/// wrong cell is reported with its row and column as the spreadsheet shows them; when any row is wrong no row is returned.
/// </summary>
public static class FollowUpLogReader
{
    public const char IndicatorSeparator = ';';
    private const string What = "the follow-up log";
    private static readonly string[] Required = ["ref", "kind", "text", "raised", "lead", "panel"];
    private static readonly string[] Optional = ["due", "status", "update", "updated", "indicators"];

    /// <param name="context">The officers, indicators and panels on record, and today's date.</param>
    public static IReadOnlyList<FollowUpLogRow> Read(Stream content, string fileName, UploadDiagnostics diagnostics, FollowUpLogContext context)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(context);
        using var table = TableReaderFactory.TryOpen(content, fileName, diagnostics, NamedColumns.Layout(Required, What));
        if (table is null)
        {
            return [];
        }

        var columns = NamedColumns.ReadHeader(table, fileName, diagnostics, Required, Optional, What);
        if (columns is null)
        {
            return [];
        }

        var rows = new List<FollowUpLogRow>();
        var firstRowOf = new Dictionary<(string, string), int>();
        while (table.Read())
        {
            var row = new LogRow(table, columns, fileName, diagnostics, context);
            if (row.Failed || row.IsBlank || row.Build() is not { } built)
            {
                continue;
            }

            var key = (built.Panel, built.Ref.ToUpperInvariant());
            if (firstRowOf.TryGetValue(key, out var first))
            {
                row.Fail("ref", $"{Echo.Quote(built.Ref)} is listed twice for panel {built.Panel}, first in row {first}; expected each item once per file");
                continue;
            }

            firstRowOf[key] = row.RowNumber;
            rows.Add(built);
        }

        if (rows.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Add(new UploadError(fileName, null, null, null, $"{What} lists no items; expected one row per recommendation, action or question below the header"));
        }

        return diagnostics.HasErrors ? [] : rows;
    }

    private sealed class LogRow : NamedRow
    {
        private readonly ITableReader cells;
        private readonly Dictionary<string, UploadColumn> named;
        private readonly FollowUpLogContext context;

        public LogRow(ITableReader table, Dictionary<string, UploadColumn> columns, string fileName, UploadDiagnostics diagnostics, FollowUpLogContext context)
            : base(table, columns, fileName, diagnostics)
        {
            cells = table;
            named = columns;
            this.context = context;
        }

        public FollowUpLogRow? Build()
        {
            var reference = Text("ref");
            if (reference.Length == 0 || reference.Length > 40 || reference.Any(c => char.IsControl(c) || c is '/' or '\\' or '|' or '#' or '?'))
            {
                Fail("ref", $"expected a reference of up to 40 characters without / \\ | # or ?, such as A12 or R2019-03; found {Echo.Quote(reference)}");
            }

            var kind = FollowUpWords.ParseKind(Text("kind"));
            if (kind is null)
            {
                Fail("kind", $"expected {string.Join(", ", FollowUpWords.KindWords)}; found {Echo.Quote(Text("kind"))}");
            }

            var text = Text("text");
            if (text.Length == 0)
            {
                Fail("text", "expected the recommendation, action or question as agreed; found a blank");
            }

            var raised = Date("raised", required: true);
            var due = Date("due", required: false);
            if (raised is { } from && due is { } until && until < from)
            {
                Fail("due", $"the due date {Iso(until)} is before the item was raised on {Iso(from)}; expected a date on or after it");
            }

            var lead = Lead();
            var status = Status();
            var updated = Date("updated", required: false);
            if (updated is { } on && on > context.Today)
            {
                Fail("updated", $"the update is dated {Iso(on)}, after today ({Iso(context.Today)}); expected the date it was written");
            }
            else if (updated is { } written && raised is { } start && written < start)
            {
                Fail("updated", $"the update is dated {Iso(written)}, before the item was raised on {Iso(start)}; expected a date on or after it");
            }

            var indicators = Indicators();
            var panel = Panel();
            return Failed
                ? null
                : new FollowUpLogRow(RowNumber, reference, kind!.Value, text, raised!.Value, lead!, due, status!.Value, Text("update"), updated, indicators, panel!);
        }

        private DateOnly? Date(string key, bool required)
        {
            if (Cell(key) is { } cell && cell.Date is { } date)
            {
                return date;
            }

            var text = Text(key);
            if (text.Length == 0)
            {
                if (required)
                {
                    Fail(key, $"expected {DateText.Expected}; found a blank");
                }

                return null;
            }

            var parsed = DateText.Parse(text);
            if (parsed is null)
            {
                Fail(key, $"expected {DateText.Expected}; found {Echo.Quote(text)}");
            }

            return parsed;
        }

        private string? Lead()
        {
            var email = Text("lead");
            if (!EmailAddress.LooksValid(email))
            {
                Fail("lead", $"expected the lead officer's e-mail address, such as j.smith@council.example; found {Echo.Quote(email)}");
                return null;
            }

            var officer = context.Officers.FirstOrDefault(known => string.Equals(known, email, StringComparison.OrdinalIgnoreCase));
            if (officer is null)
            {
                Fail("lead", context.Officers.Count == 0
                    ? $"{email} is not an officer in the subscriber list, which lists no officers; import the subscriber list first (scrutiny subscribers import)"
                    : $"{email} is not an officer in the subscriber list; expected the e-mail of an officer listed there");
            }

            return officer;
        }

        private FollowUpStatus? Status()
        {
            var text = Text("status");
            if (text.Length == 0)
            {
                return FollowUpStatus.Open;
            }

            var status = FollowUpWords.ParseStatus(text);
            if (status is null)
            {
                var overdue = text.Contains("overdue", StringComparison.OrdinalIgnoreCase) ? " (overdue is worked out from the due date, so it is not a status)" : string.Empty;
                Fail("status", $"expected {string.Join(", ", FollowUpWords.StatusWords)}{overdue}; found {Echo.Quote(text)}");
            }

            return status;
        }

        private List<string> Indicators()
        {
            var ids = new List<string>();
            foreach (var part in Text("indicators").Split(IndicatorSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var known = context.IndicatorIds.FirstOrDefault(id => string.Equals(id, part, StringComparison.OrdinalIgnoreCase));
                if (known is null)
                {
                    Fail("indicators", $"{Echo.Quote(part)} is not an indicator in the catalogue; expected catalogue ids separated by {IndicatorSeparator}, such as REREFERRALS_12M;ASSESS_45D");
                }
                else if (!ids.Contains(known))
                {
                    ids.Add(known);
                }
            }

            return ids;
        }

        private string? Panel()
        {
            var text = Text("panel");
            var known = context.PanelIds.FirstOrDefault(id => string.Equals(id, text, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                Fail("panel", context.PanelIds.Count == 0
                    ? $"no panel is on record; expected the id of a panel imported with scrutiny panel import; found {Echo.Quote(text)}"
                    : $"expected the id of a panel on record ({string.Join(", ", context.PanelIds.Order(StringComparer.Ordinal))}); found {Echo.Quote(text)}");
            }

            return known;
        }

        private CellValue? Cell(string key) => named.TryGetValue(key, out var column) ? cells.GetCell(column.Index) : null;

        private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}

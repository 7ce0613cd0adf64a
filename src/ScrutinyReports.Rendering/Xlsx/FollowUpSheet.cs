using ScrutinyReports.Domain.FollowUp;
using ScrutinyReports.Domain.Reports;
using SpreadCheetah;
using SpreadCheetah.Tables;

namespace ScrutinyReports.Rendering.Xlsx;

/// <summary>
/// The "Follow-up" sheet: the panel's recommendations, actions and questions in the pack's order, a row per item,
/// dates as dates, overdue worked out at the date the log is shown as at. Written only when the panel keeps a log.
/// </summary>
internal static class FollowUpSheet
{
    public const string Name = "Follow-up";

    public static IReadOnlyList<SheetColumn> Columns { get; } =
    [
        new("Ref", 10), new("Kind", 16), new("Text", 60), new("Raised", 12), new("Lead", 34), new("Due", 12),
        new("Status", 12), new("Overdue", 9), new("Days overdue", 13), new("Closed", 12), new("Latest update", 60),
        new("Update date", 12), new("Linked indicators", 24), new("Movement since raised", 90), new("Shown as at", 12),
    ];

    public static async Task WriteAsync(Spreadsheet sheet, XlsxStyles styles, ScrutinyReport report, CancellationToken cancellationToken)
    {
        var section = report.FollowUp;
        if (section.IsEmpty)
        {
            return;
        }

        await sheet.StartWorksheetAsync(Name, SheetColumn.Options(Columns), cancellationToken);
        sheet.StartTable(new Table(TableStyle.Medium2, "FollowUp"));
        await sheet.AddHeaderRowAsync(SheetColumn.Headers(Columns), styles.Header, cancellationToken);
        foreach (var entry in section.Entries)
        {
            var item = entry.Item;
            await sheet.AddRowAsync(new CellRow(styles)
                .Text(item.Ref).Text(FollowUpWords.Of(item.Kind)).Text(item.Text, wrap: true).Date(item.Raised).Text(item.Lead).Date(item.Due)
                .Text(FollowUpWords.Of(item.Status)).Text(entry.IsOverdue ? "yes" : "no").Number(entry.DaysOverdue, styles.Integer).Date(item.ClosedOn)
                .Text(item.LatestUpdate?.Update, wrap: true).Date(item.LatestUpdate?.Date)
                .Text(string.Join("; ", item.IndicatorIds)).Text(string.Join("\n", entry.Movements.Select(m => m.Sentence)), wrap: true)
                .Date(section.AsAt)
                .ToArray(), cancellationToken);
        }
    }
}

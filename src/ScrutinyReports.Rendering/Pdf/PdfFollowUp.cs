using System.Globalization;
using ScrutinyReports.Rendering.Views;
using SkiaSharp;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>The PDF's "Recommendations, actions and questions": the counts on performance on a page, and the section's two tables.</summary>
internal static class PdfFollowUp
{
    private static readonly float[] OpenColumns = [0.5f, 4f, 1.4f, 1.2f, 2.4f];
    private static readonly float[] ClosedColumns = [0.5f, 4f, 1.4f, 1.2f, 2.4f];

    public static void Counts(PdfLayout layout, PanelPackView pack, PdfInk ink)
    {
        if (!pack.FollowUp.HasItems)
        {
            return;
        }

        PdfPackContent.Table(layout, ink, [$"Recommendations, actions and questions, {pack.FollowUp.AsAt}", "Items"], [3f, 1f],
            pack.FollowUp.Counts.Select(c => (IReadOnlyList<PdfCell>)[new PdfCell($"{c.Symbol} {c.Label}", Fill: Fill(c.Code), Size: PdfStyle.Body), new PdfCell(c.Count.ToString(CultureInfo.InvariantCulture), Size: PdfStyle.Body)]));
        layout.Add(new GapBlock(6));
    }

    public static void Section(PdfLayout layout, PanelPackView pack, PdfInk ink)
    {
        var view = pack.FollowUp;
        if (view.Open.Count > 0)
        {
            layout.Add(new TextBlock(ink, $"Open items on {view.AsAt}, overdue first", PdfStyle.Body, bold: true) { KeepWithNext = true });
            PdfPackContent.Table(layout, ink, ["Ref", "Item", "Due and lead", "Status", "Latest update"], OpenColumns,
                view.Open.Select(r => (IReadOnlyList<PdfCell>)[new PdfCell(r.Ref, true, Fill(r.StatusCode)), new PdfCell(ItemText(r)), new PdfCell($"{r.Due}\n{Lead(r)}"), new PdfCell(r.Status, Fill: Fill(r.StatusCode)), new PdfCell(Update(r))]));
        }
        else
        {
            layout.Add(new TextBlock(ink, "No recommendation, action or question is open."));
        }

        if (view.Closed.Count > 0)
        {
            layout.Add(new TextBlock(ink, $"Completed, answered or dropped since the last meeting ({view.LastMeeting})", PdfStyle.Body, bold: true) { KeepWithNext = true });
            PdfPackContent.Table(layout, ink, ["Ref", "Item", "Lead", "Status", "Latest update"], ClosedColumns,
                view.Closed.Select(r => (IReadOnlyList<PdfCell>)[new PdfCell(r.Ref, true), new PdfCell(ItemText(r)), new PdfCell(Lead(r)), new PdfCell(r.Status), new PdfCell(Update(r))]));
        }
        else
        {
            layout.Add(new TextBlock(ink, "No item was completed, answered or dropped since the last meeting."));
        }
    }

    private static string ItemText(FollowUpRowView row) =>
        string.Join("\n", row.Movements.Select(m => "• " + m).Prepend($"{row.Kind}, raised {row.Raised}: {row.Text}"));

    // An address has no space to wrap at, so it is broken after the @ rather than widening its column.
    private static string Lead(FollowUpRowView row) => row.Lead.Replace("@", "@\n", StringComparison.Ordinal);

    private static string Update(FollowUpRowView row) => row.UpdateDate.Length == 0 ? row.Update : $"{row.Update} ({row.UpdateDate})";

    private static SKColor? Fill(string code) => code switch
    {
        "overdue" => PdfStyle.RagFill("red"),
        "at-risk" => PdfStyle.RagFill("amber"),
        _ => null,
    };
}

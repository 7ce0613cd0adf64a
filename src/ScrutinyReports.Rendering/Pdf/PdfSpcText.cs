using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// The PDF's variation and assurance icons: the icon's letter in brackets, always followed by its words, and a key
/// under each table that shows them. The PDF prints no colour-only mark.
/// </summary>
internal static class PdfSpcText
{
    private const string KeyText = "Variation: (H) or (L), special cause, higher or lower, with its nature in words; (–), common cause. Assurance: (P), will consistently meet the target; (F), will consistently fail it; (?), will hit and miss it at random. An SPC chart shows the average (grey line), process limits (dotted purple), target (dashed orange), a change of process (vertical line) and special-cause figures (squares: blue improving, orange concerning, purple a context measure).";

    /// <summary>The lines added under a theme row's past years, above its chart; empty without an SPC chart.</summary>
    public static string Cell(IndicatorRowView row) =>
        !row.HasSpc ? string.Empty
            : $"\nSPC: ({SpcIcons.Letter(row.Entry.QualifyingSpc!.Variation)}) {row.VariationText}" +
              (row.AssuranceText.Length == 0 || row.Entry.QualifyingSpc!.Assurance == Domain.Statistics.Spc.AssuranceIcon.None ? string.Empty : $"\n({SpcIcons.Letter(row.Entry.QualifyingSpc!.Assurance)}) {row.AssuranceText}");

    public static void Key(PdfLayout layout, PdfInk ink, IEnumerable<IndicatorRowView> rows)
    {
        if (rows.Any(row => row.HasSpc))
        {
            layout.Add(new TextBlock(ink, KeyText, PdfStyle.Small));
        }
    }

    public static void SummaryTable(PdfLayout layout, PdfInk ink, PanelPackView pack)
    {
        var rows = pack.SpcRows;
        if (rows.Count == 0)
        {
            return;
        }

        PdfPackContent.Table(layout, ink, [$"Variation and assurance, {pack.Period}", "Variation", "Assurance against target"], [2.4f, 2.2f, 2.2f],
            rows.Select(row => (IReadOnlyList<PdfCell>)
            [
                new PdfCell(row.Name, true),
                new PdfCell($"({SpcIcons.Letter(row.Entry.QualifyingSpc!.Variation)}) {row.VariationText}"),
                new PdfCell(row.Entry.QualifyingSpc!.Assurance == Domain.Statistics.Spc.AssuranceIcon.None ? row.AssuranceText : $"({SpcIcons.Letter(row.Entry.QualifyingSpc!.Assurance)}) {row.AssuranceText}"),
            ]));
        layout.Add(new TextBlock(ink, KeyText, PdfStyle.Small));
    }
}

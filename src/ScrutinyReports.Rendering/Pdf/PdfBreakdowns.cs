using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// The breakdowns part of the PDF, as the HTML has it: for each indicator and dimension the narrative, the table in
/// the categories' own order, the notes on suppressed figures, and the funnel plot with its caption, legend and key.
/// </summary>
internal static class PdfBreakdowns
{
    public static void Add(PdfLayout layout, PanelPackView pack, PdfInk ink)
    {
        if (!pack.HasBreakdowns)
        {
            return;
        }

        layout.Add(new TextBlock(ink, $"{pack.BreakdownsNumber} {pack.BreakdownsTitle}", 12, bold: true, spaceAfter: 6) { Anchor = "breakdowns", KeepWithNext = true });
        layout.Add(new TextBlock(ink, pack.BreakdownsIntroduction));
        foreach (var breakdown in pack.Breakdowns)
        {
            layout.Add(new TextBlock(ink, breakdown.Heading, PdfStyle.Body, bold: true, spaceAfter: 1) { Anchor = breakdown.Anchor, KeepWithNext = true });
            layout.Add(new TextBlock(ink, $"For {breakdown.Period}.", PdfStyle.Small, spaceAfter: 3) { KeepWithNext = true });
            if (breakdown.HasNarrative)
            {
                layout.Add(new TextBlock(ink, breakdown.Narrative) { KeepWithNext = true });
            }

            layout.Add(new TextBlock(ink, breakdown.TableCaption, PdfStyle.Small, bold: true, spaceAfter: 2) { KeepWithNext = true });
            PdfPackContent.Table(layout, ink, Headings(breakdown), Weights(breakdown), breakdown.Rows.Select(row => (IReadOnlyList<PdfCell>)Cells(breakdown, row)));
            foreach (var note in breakdown.Notes)
            {
                layout.Add(new TextBlock(ink, note, PdfStyle.Small));
            }

            if (breakdown.Funnel is { } chart)
            {
                layout.Add(new FunnelChartBlock(chart) { KeepWithNext = true });
                layout.Add(new TextBlock(ink, $"{breakdown.FunnelTitle}. {breakdown.FunnelCaption}", PdfStyle.Small, spaceAfter: 2) { KeepWithNext = true });
                foreach (var line in breakdown.FunnelLegend)
                {
                    layout.Add(new TextBlock(ink, line, PdfStyle.Small, indent: 10, spaceAfter: 1));
                }

                layout.Add(new GapBlock(4));
                PdfPackContent.Table(layout, ink, [breakdown.DimensionHeading, "Figure", "Out of", "95% limits", "99.8% limits", "Position"], [1.4f, 1.2f, 0.9f, 1.5f, 1.5f, 1.7f],
                    breakdown.FunnelKey.Select(key => (IReadOnlyList<PdfCell>)[new PdfCell(key.Category, true), new PdfCell(key.Value), new PdfCell(key.Denominator), new PdfCell(key.Limits95), new PdfCell(key.Limits998), new PdfCell(key.Position)]));
            }

            if (breakdown.Disproportionality is { } part)
            {
                AddDisproportionality(layout, ink, breakdown, part);
            }

            layout.Add(new GapBlock(6));
        }
    }

    private static void AddDisproportionality(PdfLayout layout, PdfInk ink, BreakdownView breakdown, DisproportionalityView part)
    {
        layout.Add(new GapBlock(4));
        layout.Add(new TextBlock(ink, DisproportionalityView.Title, PdfStyle.Body, bold: true, spaceAfter: 1) { Anchor = part.Anchor, KeepWithNext = true });
        if (part.Introduction.Length > 0)
        {
            layout.Add(new TextBlock(ink, part.Introduction) { KeepWithNext = true });
        }

        if (part.Summary.Length > 0)
        {
            layout.Add(new TextBlock(ink, part.Summary) { KeepWithNext = true });
        }

        if (part.HasTable)
        {
            layout.Add(new TextBlock(ink, part.Caption, PdfStyle.Small, bold: true, spaceAfter: 2) { KeepWithNext = true });
            PdfPackContent.Table(layout, ink,
                [breakdown.DimensionHeading, "Children counted", "Share of those counted", "Share of the child population", "Ratio", "95% interval", "Compared with the population"],
                [1.5f, 1f, 1f, 1.1f, 0.7f, 1.1f, 1.5f],
                part.Rows.Select(row => (IReadOnlyList<PdfCell>)[new PdfCell(row.Category, true), new PdfCell(row.Count), new PdfCell(row.CohortShare), new PdfCell(row.PopulationShare),
                    new PdfCell(row.Ratio), new PdfCell(row.Interval), new PdfCell(row.Verdict, row.Differs)]));
        }

        foreach (var note in part.Notes)
        {
            layout.Add(new TextBlock(ink, note, PdfStyle.Small));
        }
    }

    private static List<string> Headings(BreakdownView breakdown)
    {
        List<string> headings = [breakdown.DimensionHeading, breakdown.LatestHeading, breakdown.ChangeHeading];
        if (breakdown.HasCounts)
        {
            headings.Add(breakdown.CountsHeading);
        }

        if (breakdown.HasFunnel)
        {
            headings.Add("Against the whole authority");
        }

        return headings;
    }

    private static List<float> Weights(BreakdownView breakdown)
    {
        List<float> weights = [1.4f, 1.6f, 1.3f];
        if (breakdown.HasCounts)
        {
            weights.Add(1.5f);
        }

        if (breakdown.HasFunnel)
        {
            weights.Add(2.2f);
        }

        return weights;
    }

    private static List<PdfCell> Cells(BreakdownView breakdown, BreakdownRowView row)
    {
        List<PdfCell> cells = [new PdfCell(row.Category, true), new PdfCell(row.Latest), new PdfCell(row.Change)];
        if (breakdown.HasCounts)
        {
            cells.Add(new PdfCell(row.Counts));
        }

        if (breakdown.HasFunnel)
        {
            cells.Add(new PdfCell(row.Symbol.Length > 0 ? $"{row.Symbol} {row.Position}" : row.Position, row.IsOutlier));
        }

        return cells;
    }
}

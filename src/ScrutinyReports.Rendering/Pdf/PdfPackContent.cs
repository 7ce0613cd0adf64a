using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>Turns the panel pack into flowing PDF blocks: the cover sheet, and the numbered body with its tables.</summary>
internal static class PdfPackContent
{
    // Five columns so that table text stays at 9 pt on A4 portrait: the change on the previous period sits under the
    // latest figure, the rating shares a cell with the target, and the trend chart sits under the past years' figures.
    private static readonly float[] ThemeColumns = [2.1f, 1.7f, 1.5f, 1.6f, 1.8f];
    private static readonly string[] ThemeHeadings = ["Indicator", "Last three years and recent trend", "Latest and change on previous period", "Rating and target (amber band)", "Comparators"];

    public static void Cover(PdfLayout layout, PanelPackView pack, PdfInk ink)
    {
        layout.Add(new TextBlock(ink, pack.Marking, 9, bold: true, spaceAfter: 10));
        if (pack.Council.Length > 0)
        {
            layout.Add(new TextBlock(ink, pack.Council, 11, spaceAfter: 2));
        }

        layout.Add(new TextBlock(ink, pack.PanelName, 14, bold: true, spaceAfter: 2));
        var meeting = string.Join(", ", new[] { pack.MeetingDate, pack.AgendaItem.Length > 0 ? $"Agenda item {pack.AgendaItem}" : string.Empty }.Where(s => s.Length > 0));
        if (meeting.Length > 0)
        {
            layout.Add(new TextBlock(ink, meeting, 11, spaceAfter: 16));
        }

        layout.Add(new TextBlock(ink, pack.Title, 20, bold: true, spaceAfter: 8));
        layout.Add(new TextBlock(ink, "This PDF is for printing. The accessible version of this report is report.html, in the same folder as this PDF and on the reports portal: use it with a screen reader, to enlarge the text or to copy the figures.", spaceAfter: 12));
        var rows = pack.Cover.Select(line => (line.Label, line.Value)).ToList();
        if (pack.Employees.Count > 0)
        {
            rows.Add(("Accountable employee(s)", string.Join("\n", pack.Employees.Select(p => string.Join(", ", new[] { p.Name, p.Role, p.Telephone.Length > 0 ? "Tel: " + p.Telephone : string.Empty, p.Email.Length > 0 ? "Email: " + p.Email : string.Empty }.Where(s => s.Length > 0))))));
        }

        if (pack.ConsideredBy.Count > 0)
        {
            rows.Add(("Report to be/has been considered by", string.Join("\n", pack.ConsideredBy.Select(c => $"{c.Label}: {c.Value}"))));
        }

        var cells = rows.Select(row => (IReadOnlyList<PdfCell>)[new PdfCell(row.Item1, true, PdfStyle.HeaderFill, Size: PdfStyle.Body), new PdfCell(row.Item2, Size: PdfStyle.Body)]).ToList();
        var widths = PdfColumns.Fit(ink, [1.2f, 2f], cells.Select(row => (row, false)));
        foreach (var row in cells)
        {
            layout.Add(new RowBlock(ink, row, widths));
        }

        if (pack.Recommendations.Count > 0)
        {
            layout.Add(new GapBlock(12));
            layout.Add(new TextBlock(ink, "Recommendation(s) for action or decision", 11, bold: true) { KeepWithNext = true });
            layout.Add(new TextBlock(ink, "The Panel is recommended to:"));
            foreach (var (recommendation, i) in pack.Recommendations.Select((r, i) => (r, i)))
            {
                layout.Add(new TextBlock(ink, $"{i + 1}. {recommendation}", indent: 10));
            }
        }
    }

    public static void Body(PdfLayout layout, PanelPackView pack, PdfInk ink, CancellationToken cancellationToken)
    {
        foreach (var section in pack.Sections)
        {
            layout.Add(new TextBlock(ink, section.Heading, 14, bold: true, spaceAfter: 8, ruled: true) { Anchor = section.Anchor, KeepWithNext = true });
            foreach (var paragraph in section.Paragraphs)
            {
                layout.Add(new TextBlock(ink, paragraph));
            }

            switch (section.Kind)
            {
                case "performance":
                    Performance(layout, pack, ink, cancellationToken);
                    break;
                case "questions":
                    foreach (var (question, i) in pack.Questions.Select((q, i) => (q, i)))
                    {
                        layout.Add(new TextBlock(ink, $"{i + 1}. {question}", indent: 10));
                    }

                    break;
                case "followup":
                    PdfFollowUp.Section(layout, pack, ink);
                    break;
                case "papers":
                    foreach (var (paper, i) in pack.BackgroundPapers.Select((p, i) => (p, i)))
                    {
                        layout.Add(new TextBlock(ink, $"{i + 1}. {paper}", indent: 10));
                    }

                    break;
            }

            layout.Add(new GapBlock(8));
        }

        layout.Add(new TextBlock(ink, "Glossary", 14, bold: true, spaceAfter: 8, ruled: true) { Anchor = "glossary", KeepWithNext = true });
        foreach (var entry in pack.Glossary)
        {
            layout.Add(new TextBlock(ink, $"{entry.Term}: {entry.Meaning}"));
        }
    }

    private static void Performance(PdfLayout layout, PanelPackView pack, PdfInk ink, CancellationToken cancellationToken)
    {
        layout.Add(Subheading(ink, $"{pack.PerformanceNumber}.1 Performance on a page", "performance-on-a-page"));
        float[] counts = [3f, 1f];
        Table(layout, ink, [$"Against target, {pack.Period}", "Indicators"], counts, pack.RagCounts.Select(c => (IReadOnlyList<PdfCell>)[new PdfCell($"{c.Symbol} {c.Label}", Fill: PdfStyle.RagFill(c.Code), Size: PdfStyle.Body), new PdfCell(c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Size: PdfStyle.Body)]));
        layout.Add(new GapBlock(6));
        Table(layout, ink, ["Against the previous period", "Indicators"], counts, pack.DirectionCounts.Select(c => (IReadOnlyList<PdfCell>)[new PdfCell($"{c.Symbol} {c.Label}", Size: PdfStyle.Body), new PdfCell(c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Size: PdfStyle.Body)]));
        layout.Add(new GapBlock(6));
        PdfFollowUp.Counts(layout, pack, ink);
        if (pack.OffTarget.Count > 0)
        {
            Table(layout, ink, [$"Off target and close to target, {pack.Period}", "Rating", "Latest", "Against target", "Against the previous period"], [2f, 1.1f, 1.3f, 1.9f, 2.1f],
                pack.OffTarget.Select(o => (IReadOnlyList<PdfCell>)[new PdfCell(o.Name, true), new PdfCell($"{o.RagSymbol} {o.Rag}", Fill: PdfStyle.RagFill(o.RagCode)), new PdfCell(o.Figure), new PdfCell(o.Target), new PdfCell(o.Movement)]));
        }
        else
        {
            layout.Add(new TextBlock(ink, "Every indicator with a target and a figure this period met its target."));
        }

        var movers = pack.MostImproved.Select(m => ("↑ Improved: " + m.Name, m)).Concat(pack.MostWorsened.Select(m => ("↓ Worsened: " + m.Name, m))).ToList();
        if (movers.Count > 0)
        {
            layout.Add(new TextBlock(ink, "Largest changes over the year beyond chance variation: statistically significant where a test is possible, otherwise more than twice the usual change from one period to the next."));
            Table(layout, ink, ["Largest changes over the year", "Latest", "Change over the year"], [2.4f, 1.4f, 2.6f], movers.Select(m => (IReadOnlyList<PdfCell>)[new PdfCell(m.Item1, true), new PdfCell(m.m.Figure), new PdfCell(m.m.Detail)]));
        }
        else
        {
            layout.Add(new TextBlock(ink, "No indicator changed over the year by more than chance variation."));
        }

        PdfSpcText.SummaryTable(layout, ink, pack);
        if (pack.Missing.Count > 0)
        {
            layout.Add(new TextBlock(ink, "No usable figure this period: " + string.Join("; ", pack.Missing.Select(m => $"{m.Name} ({m.Reason.ToLowerInvariant()})")) + "."));
        }

        foreach (var theme in pack.Themes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            layout.Add(Subheading(ink, theme.Heading, theme.Anchor));
            layout.Add(new TextBlock(ink, theme.Analysis));
            Table(layout, ink, ThemeHeadings, ThemeColumns, theme.Indicators.Select(ThemeRow));
            PdfSpcText.Key(layout, ink, theme.Indicators);
            if (theme.ComparatorsNote.Length > 0)
            {
                layout.Add(new TextBlock(ink, theme.ComparatorsNote));
            }

            foreach (var row in theme.Indicators)
            {
                layout.Add(new TextBlock(ink, row.Name, PdfStyle.Body, bold: true, spaceAfter: 1) { Anchor = row.Anchor, KeepWithNext = true });
                layout.Add(new TextBlock(ink, row.Definition, spaceAfter: 3) { KeepWithNext = true });
                var text = string.Join(" ", new[] { row.Narrative, row.Comparison, row.Commentary.Length > 0 ? $"Service commentary: {row.Commentary}" : string.Empty }.Where(t => t.Length > 0));
                layout.Add(new TextBlock(ink, text));
                PdfPositionChart.Add(layout, ink, row.Position);
            }
        }

        PdfBreakdowns.Add(layout, pack, ink);
        layout.Add(Subheading(ink, $"{pack.ExceptionsNumber} Exceptions", "exceptions"));
        if (pack.Exceptions.Count == 0)
        {
            layout.Add(new TextBlock(ink, "No indicator was off target, significantly worse than England or a year earlier, or on a worsening trend."));
        }
        else
        {
            layout.Add(new TextBlock(ink, "What most needs scrutiny, most serious first: off target (red, then amber), then significantly worse than England or a year earlier, then a worsening trend. Changes within chance variation and movements of context measures are left out."));
            Table(layout, ink, ["Indicator", "Latest", "Why it is an exception", "Reason given by the service"], [1.7f, 1.1f, 3f, 2.2f],
                pack.Exceptions.Select(e => (IReadOnlyList<PdfCell>)[new PdfCell(e.Name, true), new PdfCell(e.Figure), new PdfCell(string.Join("\n", e.Reasons)), new PdfCell(e.Reason)]));
            if (pack.ExceptionsMore.Length > 0)
            {
                layout.Add(new TextBlock(ink, pack.ExceptionsMore));
            }
        }

        layout.Add(Subheading(ink, $"{pack.MissingNumber} Missing data", "missing-data"));
        if (pack.Missing.Count == 0)
        {
            layout.Add(new TextBlock(ink, "Every indicator has a figure this period."));
        }
        else
        {
            Table(layout, ink, ["Indicator", "Period", "State"], [3f, 1.2f, 1.5f], pack.Missing.Select(m => (IReadOnlyList<PdfCell>)[new PdfCell(m.Name, true), new PdfCell(m.Detail), new PdfCell(m.Reason)]));
        }

        layout.Add(Subheading(ink, $"{pack.DataQualityNumber} Data quality", "data-quality"));
        if (pack.DataQuality.Count == 0)
        {
            layout.Add(new TextBlock(ink, "No data-quality problems were found in the figures this report shows."));
        }
        else
        {
            Table(layout, ink, ["Indicator", "Period", "Check", "What was found"], [1.8f, 0.9f, 1.2f, 4f],
                pack.DataQuality.Select(d => (IReadOnlyList<PdfCell>)[new PdfCell(d.Name, true), new PdfCell(d.Figure), new PdfCell(d.Detail), new PdfCell(d.Reason)]));
        }

        if (pack.HasProvisional)
        {
            layout.Add(new TextBlock(ink, "Figures marked (provisional) are initial, unvalidated figures and may change when validated."));
        }

        if (pack.HasSuppressed)
        {
            layout.Add(new TextBlock(ink, "[c]: the figure is suppressed because it rests on small numbers."));
        }
    }

    private static IReadOnlyList<PdfCell> ThemeRow(IndicatorRowView row)
    {
        var latest = row.QualityNote.Length == 0 ? $"{row.Latest}\n{row.Period}" : $"{row.Latest} (!)\n{row.Period}\n{row.QualityNote}";
        var change = row.Analysis.Previous.Change is null ? $"Not comparable with {row.PreviousPeriod}" : $"{row.Change} since {row.PreviousPeriod} ({row.Direction.ToLowerInvariant()})";
        var target = row.Analysis.Indicator.Target is null ? row.TargetAndTolerance : "Target: " + row.TargetAndTolerance;
        return
        [
            new PdfCell($"{row.Name}\n{row.GoodDirection}", true),
            new PdfCell(string.Join("\n", row.Outturns.Select(o => $"{o.Period}: {o.Figure}")) + PdfSpcText.Cell(row), Chart: row.Chart),
            new PdfCell($"{latest}\n{change}", true),
            new PdfCell($"{row.RagSymbol} {row.Rag}\n{target}", Fill: PdfStyle.RagFill(row.RagCode)),
            new PdfCell(row.HasComparators ? string.Join("\n", row.ComparatorLines) : row.Comparators),
        ];
    }

    private static TextBlock Subheading(PdfInk ink, string text, string anchor) =>
        new(ink, text, 12, bold: true, spaceAfter: 6) { Anchor = anchor, KeepWithNext = true };

    internal static void Table(PdfLayout layout, PdfInk ink, IReadOnlyList<string> headings, IReadOnlyList<float> columns, IEnumerable<IReadOnlyList<PdfCell>> rows)
    {
        var headerCells = headings.Select(h => new PdfCell(h)).ToList();
        var bodyRows = rows.ToList();
        var widths = PdfColumns.Fit(ink, columns, bodyRows.Select(row => (row, false)).Prepend((headerCells, true)));
        var header = new RowBlock(ink, headerCells, widths, isHeader: true) { KeepWithNext = true };
        layout.Add(header);
        layout.RepeatedHeader = header;
        for (var i = 0; i < bodyRows.Count; i++)
        {
            // The first row stays with the second and the last with the one before, so no page holds a lone row.
            layout.Add(new RowBlock(ink, bodyRows[i], widths) { KeepWithNext = i == 0 || i == bodyRows.Count - 2 });
        }

        layout.RepeatedHeader = null;
        layout.Add(new GapBlock(6));
    }
}

using SkiaSharp;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Rendering.Pdf.Outlines;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// Draws report.pdf in process with SkiaSharp, no browser: A4, the cover sheet, a contents page whose entries link
/// to their sections, the numbered body with tables that carry their header row onto each page they continue on,
/// ScottPlot trend charts drawn as vectors, a running header (panel, meeting date) and "Page X of Y". Text is
/// selectable; fonts are embedded, cut down to the characters drawn; bookmarks lead to every numbered section, theme
/// and indicator; the document carries title, author, subject, keywords and its language (en-GB), and is flagged
/// PDF/A-2B. Thread-safe: each render has its own document.
/// </summary>
public static class PdfReportRenderer
{
    /// <summary>
    /// Where the accessible version is, on every page: HTML is the accessible format (GOV.UK), and SkiaSharp cannot
    /// tag a PDF's structure for screen readers.
    /// </summary>
    internal const string AccessibleVersion = "Accessible version: report.html, in the same folder and on the reports portal.";

    public static void Render(ScrutinyReport report, Stream output, CancellationToken cancellationToken = default) =>
        Render(report, output, subsetFonts: true, cancellationToken);

    /// <param name="subsetFonts">False embeds the whole fonts: for comparing, in tests and measurements.</param>
    internal static void Render(ScrutinyReport report, Stream output, bool subsetFonts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var pack = new PanelPackView(report);
        // Text is laid out with the whole faces; the document is drawn with faces cut down to what it draws.
        using var layoutInk = new PdfInk(PdfFonts.Whole);

        var cover = new PdfLayout();
        PdfPackContent.Cover(cover, pack, layoutInk);
        cover.Finish();
        var body = new PdfLayout();
        PdfPackContent.Body(body, pack, layoutInk, cancellationToken);
        body.Finish();

        // The contents page is laid out twice: once to learn how many pages it takes, then with the real page numbers.
        var entries = ContentsEntries(pack);
        var contentsPages = Contents(entries, layoutInk, body, offset: 0).Layout.Pages.Count;
        var offset = cover.Pages.Count + contentsPages;
        var (contents, links) = Contents(entries, layoutInk, body, offset);
        var document = new DrawnPages(cover.Pages.Concat(contents.Pages).Concat(body.Pages).ToList(), cover.Pages.Count, contents.Pages.Count, links, pack);

        using var faces = subsetFonts ? SubsetFaces(document, layoutInk, cancellationToken) : PdfFonts.Whole;
        using var ink = new PdfInk(faces);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"{pack.Title}: {pack.PanelName}",
            Author = pack.Council.Length > 0 ? pack.Council : pack.PanelName,
            Subject = $"Children's services performance for {pack.Period}",
            Keywords = $"scrutiny; children's services; performance; {pack.PeriodCode}",
            Creator = "ScrutinyReports",
            Producer = "ScrutinyReports (SkiaSharp)",
            Creation = report.GeneratedAt.UtcDateTime,
            Modified = report.GeneratedAt.UtcDateTime,
            PdfA = true,
        };
        using var drawn = new MemoryStream();
        using (var pdf = SKDocument.CreatePdf(drawn, metadata))
        {
            for (var number = 0; number < document.Pages.Count; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                DrawPage(pdf.BeginPage(PdfStyle.PageWidth, PdfStyle.PageHeight), document, number, ink);
                pdf.EndPage();
            }

            pdf.Close();
        }

        var tagged = PdfLanguageTag.Apply(drawn.GetBuffer().AsSpan(0, (int)drawn.Length), "en-GB");
        output.Write(PdfOutline.Append(tagged, Bookmarks(pack, entries, body)));
    }

    // Draws every page once where nothing is kept, to learn which characters each face draws, and cuts the faces
    // down to them. Drawing, not guessing from the report, is what makes the subset hold every glyph on the page.
    private static PdfFaces SubsetFaces(DrawnPages document, PdfInk ink, CancellationToken cancellationToken)
    {
        using var nowhere = new SKNoDrawCanvas((int)Math.Ceiling(PdfStyle.PageWidth), (int)Math.Ceiling(PdfStyle.PageHeight));
        for (var number = 0; number < document.Pages.Count; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            DrawPage(nowhere, document, number, ink);
        }

        return PdfFonts.Subset(ink.RegularCharacters, ink.BoldCharacters);
    }

    private static void DrawPage(SKCanvas canvas, DrawnPages document, int number, PdfInk ink)
    {
        foreach (var (block, top) in document.Pages[number])
        {
            block.Draw(canvas, top, ink);
            if (block.Anchor is { } anchor)
            {
                canvas.DrawNamedDestinationAnnotation(new SKPoint(PdfStyle.Margin, top), anchor);
            }
        }

        if (number >= document.CoverPages && number < document.CoverPages + document.ContentsPages)
        {
            foreach (var (rect, anchor) in document.Links.Where(l => l.Page == number - document.CoverPages).Select(l => (l.Rect, l.Anchor)))
            {
                canvas.DrawLinkDestinationAnnotation(rect, anchor);
            }
        }

        RunningText(canvas, ink, document.Pack, number, document.Pages.Count, isCover: number < document.CoverPages);
    }

    // The contents entries: the numbered sections, and beneath the performance section its parts.
    private static List<PdfOutlineEntry> ContentsEntries(PanelPackView pack)
    {
        var entries = new List<PdfOutlineEntry>();
        foreach (var section in pack.Sections)
        {
            entries.Add(new(section.Heading, section.Anchor, 0));
            if (section.Kind == "performance")
            {
                entries.Add(new($"{pack.PerformanceNumber}.1 Performance on a page", "performance-on-a-page", 1));
                entries.AddRange(pack.Themes.Select(t => new PdfOutlineEntry(t.Heading, t.Anchor, 1)));
                if (pack.HasBreakdowns)
                {
                    entries.Add(new($"{pack.BreakdownsNumber} {pack.BreakdownsTitle}", "breakdowns", 1));
                }

                entries.Add(new($"{pack.ExceptionsNumber} Exceptions", "exceptions", 1));
                entries.Add(new($"{pack.MissingNumber} Missing data", "missing-data", 1));
                entries.Add(new($"{pack.DataQualityNumber} Data quality", "data-quality", 1));
            }
        }

        entries.Add(new("Glossary", "glossary", 0));
        return entries;
    }

    // The bookmarks: the contents entries, with each theme's indicators beneath it, for every heading that was drawn.
    private static List<PdfOutlineEntry> Bookmarks(PanelPackView pack, List<PdfOutlineEntry> contents, PdfLayout body)
    {
        var indicators = pack.Themes.ToDictionary(t => t.Anchor, t => t.Indicators.Select(row => new PdfOutlineEntry(row.Name, row.Anchor, 2)), StringComparer.Ordinal);
        indicators["breakdowns"] = pack.Breakdowns.Select(b => new PdfOutlineEntry(b.Heading, b.Anchor, 2));
        return contents.SelectMany(entry => indicators.TryGetValue(entry.Anchor, out var rows) ? rows.Prepend(entry) : [entry])
            .Where(entry => body.AnchorPages.ContainsKey(entry.Anchor)).ToList();
    }

    private static (PdfLayout Layout, List<(int Page, SKRect Rect, string Anchor)> Links) Contents(List<PdfOutlineEntry> entries, PdfInk ink, PdfLayout body, int offset)
    {
        var layout = new PdfLayout();
        layout.Add(new TextBlock(ink, "Contents", 13, bold: true, spaceAfter: 10, ruled: true));
        var links = new List<(int, SKRect, string)>();
        foreach (var (heading, anchor, level) in entries)
        {
            var indent = level * 16f;
            var page = body.AnchorPages.TryGetValue(anchor, out var index) ? index + offset + 1 : 0;
            var line = new ContentsLine(heading, page, indent);
            layout.Add(line);
            var (placedPage, top) = (layout.Pages.Count - 1, layout.Pages[^1][^1].Top);
            links.Add((placedPage, new SKRect(PdfStyle.Margin + indent, top, PdfStyle.Margin + PdfStyle.Width, top + line.Height), anchor));
        }

        return (layout, links);
    }

    private static void RunningText(SKCanvas canvas, PdfInk ink, PanelPackView pack, int number, int total, bool isCover)
    {
        var font = ink.Font(false, PdfStyle.Small);
        if (!isCover)
        {
            var heading = pack.MeetingDate.Length > 0 ? $"{pack.PanelName} · {pack.MeetingDate}" : pack.PanelName;
            ink.DrawText(canvas, heading, PdfStyle.Margin, 36, font, ink.Text);
            ink.DrawText(canvas, pack.Marking, PdfStyle.PageWidth - PdfStyle.Margin, 36, font, ink.Text, SKTextAlign.Right);
            canvas.DrawLine(PdfStyle.Margin, 41, PdfStyle.PageWidth - PdfStyle.Margin, 41, ink.Line);
        }

        canvas.DrawLine(PdfStyle.Margin, PdfStyle.PageHeight - 54, PdfStyle.PageWidth - PdfStyle.Margin, PdfStyle.PageHeight - 54, ink.Line);
        ink.DrawText(canvas, AccessibleVersion, PdfStyle.Margin, PdfStyle.PageHeight - 42, font, ink.Text);
        ink.DrawText(canvas, pack.Title, PdfStyle.Margin, PdfStyle.PageHeight - 29, font, ink.Text);
        ink.DrawText(canvas, $"Page {number + 1} of {total}", PdfStyle.PageWidth - PdfStyle.Margin, PdfStyle.PageHeight - 29, font, ink.Text, SKTextAlign.Right);
    }

    /// <summary>The pages in order, and what is drawn on every page besides its blocks.</summary>
    private sealed record DrawnPages(List<List<(PdfBlock Block, float Top)>> Pages, int CoverPages, int ContentsPages,
        List<(int Page, SKRect Rect, string Anchor)> Links, PanelPackView Pack);

    /// <summary>A contents entry: the heading, dot leaders, and the page it starts on.</summary>
    private sealed class ContentsLine(string heading, int page, float indent) : PdfBlock
    {
        public override float Height => PdfStyle.Leading(PdfStyle.Body) + 3;

        public override void Draw(SKCanvas canvas, float top, PdfInk ink)
        {
            var font = ink.Font(indent == 0, PdfStyle.Body);
            var baseline = top + PdfStyle.Leading(PdfStyle.Body) - 3;
            ink.DrawText(canvas, heading, PdfStyle.Margin + indent, baseline, font, ink.LinkText);
            ink.DrawText(canvas, page.ToString(System.Globalization.CultureInfo.InvariantCulture), PdfStyle.Margin + PdfStyle.Width, baseline, font, ink.Text, SKTextAlign.Right);
        }
    }
}

using SkiaSharp;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// Draws report.pdf in process with SkiaSharp, no browser: A4, the cover sheet, a contents page whose entries link
/// to their sections, the numbered body with tables that carry their header row onto each page they continue on,
/// ScottPlot trend charts drawn as vectors, a running header (panel, meeting date) and "Page X of Y". Text is
/// selectable; fonts are embedded and subset; the document carries title, author, subject, keywords and its
/// language (en-GB), and is flagged PDF/A-2B. Thread-safe: each render has its own document.
/// </summary>
public static class PdfReportRenderer
{
    /// <summary>
    /// Where the accessible version is, on every page: HTML is the accessible format (GOV.UK), and SkiaSharp cannot
    /// tag a PDF's structure for screen readers.
    /// </summary>
    internal const string AccessibleVersion = "Accessible version: report.html, in the same folder and on the reports portal.";

    public static void Render(ScrutinyReport report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var pack = new PanelPackView(report);
        using var ink = new PdfInk();

        var cover = new PdfLayout();
        PdfPackContent.Cover(cover, pack, ink);
        var body = new PdfLayout();
        PdfPackContent.Body(body, pack, ink, cancellationToken);

        // The contents page is laid out twice: once to learn how many pages it takes, then with the real page numbers.
        var contentsPages = Contents(pack, ink, body, offset: 0).Layout.Pages.Count;
        var offset = cover.Pages.Count + contentsPages;
        var (contents, links) = Contents(pack, ink, body, offset);
        var pages = cover.Pages.Concat(contents.Pages).Concat(body.Pages).ToList();

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
        using (var document = SKDocument.CreatePdf(drawn, metadata))
        {
            DrawPages(document, pages, cover.Pages.Count, contents.Pages.Count, links, pack, ink, cancellationToken);
        }

        output.Write(PdfLanguageTag.Apply(drawn.GetBuffer().AsSpan(0, (int)drawn.Length), "en-GB"));
    }

    private static void DrawPages(SKDocument document, List<List<(PdfBlock Block, float Top)>> pages, int coverPages, int contentsPages,
        List<(int Page, SKRect Rect, string Anchor)> links, PanelPackView pack, PdfInk ink, CancellationToken cancellationToken)
    {
        for (var number = 0; number < pages.Count; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var canvas = document.BeginPage(PdfStyle.PageWidth, PdfStyle.PageHeight);
            foreach (var (block, top) in pages[number])
            {
                block.Draw(canvas, top, ink);
                if (block.Anchor is { } anchor)
                {
                    canvas.DrawNamedDestinationAnnotation(new SKPoint(PdfStyle.Margin, top), anchor);
                }
            }

            if (number >= coverPages && number < coverPages + contentsPages)
            {
                foreach (var (rect, anchor) in links.Where(l => l.Page == number - coverPages).Select(l => (l.Rect, l.Anchor)))
                {
                    canvas.DrawLinkDestinationAnnotation(rect, anchor);
                }
            }

            RunningText(canvas, ink, pack, number, pages.Count, isCover: number < coverPages);
            document.EndPage();
        }

        document.Close();
    }

    private static (PdfLayout Layout, List<(int Page, SKRect Rect, string Anchor)> Links) Contents(PanelPackView pack, PdfInk ink, PdfLayout body, int offset)
    {
        var layout = new PdfLayout();
        layout.Add(new TextBlock(ink, "Contents", 13, bold: true, spaceAfter: 10, ruled: true));
        var entries = new List<(string Heading, string Anchor, float Indent)>();
        foreach (var section in pack.Sections)
        {
            entries.Add((section.Heading, section.Anchor, 0f));
            if (section.Kind == "performance")
            {
                entries.Add(($"{pack.PerformanceNumber}.1 Performance on a page", "performance-on-a-page", 16f));
                entries.AddRange(pack.Themes.Select(t => (t.Heading, t.Anchor, 16f)));
                entries.Add(($"{pack.ExceptionsNumber} Exceptions", "exceptions", 16f));
                entries.Add(($"{pack.MissingNumber} Missing data", "missing-data", 16f));
                entries.Add(($"{pack.DataQualityNumber} Data quality", "data-quality", 16f));
            }
        }

        entries.Add(("Glossary", "glossary", 0f));
        var links = new List<(int, SKRect, string)>();
        foreach (var (heading, anchor, indent) in entries)
        {
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
            canvas.DrawText(heading, PdfStyle.Margin, 36, SKTextAlign.Left, font, ink.Text);
            canvas.DrawText(pack.Marking, PdfStyle.PageWidth - PdfStyle.Margin, 36, SKTextAlign.Right, font, ink.Text);
            canvas.DrawLine(PdfStyle.Margin, 41, PdfStyle.PageWidth - PdfStyle.Margin, 41, ink.Line);
        }

        canvas.DrawLine(PdfStyle.Margin, PdfStyle.PageHeight - 54, PdfStyle.PageWidth - PdfStyle.Margin, PdfStyle.PageHeight - 54, ink.Line);
        canvas.DrawText(AccessibleVersion, PdfStyle.Margin, PdfStyle.PageHeight - 42, SKTextAlign.Left, font, ink.Text);
        canvas.DrawText(pack.Title, PdfStyle.Margin, PdfStyle.PageHeight - 29, SKTextAlign.Left, font, ink.Text);
        canvas.DrawText($"Page {number + 1} of {total}", PdfStyle.PageWidth - PdfStyle.Margin, PdfStyle.PageHeight - 29, SKTextAlign.Right, font, ink.Text);
    }

    /// <summary>A contents entry: the heading, dot leaders, and the page it starts on.</summary>
    private sealed class ContentsLine(string heading, int page, float indent) : PdfBlock
    {
        public override float Height => PdfStyle.Leading(PdfStyle.Body) + 3;

        public override void Draw(SKCanvas canvas, float top, PdfInk ink)
        {
            var font = ink.Font(indent == 0, PdfStyle.Body);
            var baseline = top + PdfStyle.Leading(PdfStyle.Body) - 3;
            canvas.DrawText(heading, PdfStyle.Margin + indent, baseline, SKTextAlign.Left, font, ink.LinkText);
            canvas.DrawText(page.ToString(System.Globalization.CultureInfo.InvariantCulture), PdfStyle.Margin + PdfStyle.Width, baseline, SKTextAlign.Right, font, ink.Text);
        }
    }
}

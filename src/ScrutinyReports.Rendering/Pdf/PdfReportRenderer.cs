using SkiaSharp;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// Draws report.pdf in process with SkiaSharp: A4 portrait, a table per theme with every indicator, the
/// narrative under it, and "Page X of Y" in the footer. Text stays selectable; fonts are embedded and subset.
/// Thread-safe: each render has its own document.
/// </summary>
public static class PdfReportRenderer
{
    private const float PageWidth = 595.28f;
    private const float PageHeight = 841.89f;
    private const float Margin = 42f;
    private const float BodySize = 8.5f;
    private const float Leading = 11f;
    private const float CellPadding = 3f;
    private static readonly float[] ColumnWeights = [3.0f, 1.4f, 1.4f, 1.3f, 1.4f, 1.3f, 1.4f];
    private static readonly string[] Headings = ["Indicator", "Latest", "Previous", "Change", "A year earlier", "Target", "RAG"];

    public static void Render(ScrutinyReport report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var view = new ReportView(report);
        var pages = Layout(view);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"{view.PanelName}: performance report, {view.Period}",
            Author = string.IsNullOrEmpty(view.Council) ? view.PanelName : view.Council,
            Subject = $"Children's services performance for {view.Period}",
            Creator = "ScrutinyReports",
            Producer = "ScrutinyReports (SkiaSharp)",
            Creation = report.GeneratedAt.UtcDateTime,
            Modified = report.GeneratedAt.UtcDateTime,
        };
        using var document = SKDocument.CreatePdf(output, metadata);
        using var regular = new SKFont(PdfFonts.Regular, BodySize);
        using var bold = new SKFont(PdfFonts.Bold, BodySize);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var rule = new SKPaint { Color = new SKColor(0x6b, 0x6b, 0x6b), StrokeWidth = 0.5f, Style = SKPaintStyle.Stroke };
        for (var number = 0; number < pages.Count; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var canvas = document.BeginPage(PageWidth, PageHeight);
            foreach (var block in pages[number])
            {
                block.Draw(canvas, regular, bold, ink, rule);
            }

            canvas.DrawText($"{view.PanelName} · {view.Period}", Margin, PageHeight - (Margin / 2), SKTextAlign.Left, regular, ink);
            canvas.DrawText($"Page {number + 1} of {pages.Count}", PageWidth - Margin, PageHeight - (Margin / 2), SKTextAlign.Right, regular, ink);
            document.EndPage();
        }

        document.Close();
    }

    private static List<List<Block>> Layout(ReportView view)
    {
        using var regular = new SKFont(PdfFonts.Regular, BodySize);
        using var bold = new SKFont(PdfFonts.Bold, BodySize);
        var width = PageWidth - (2 * Margin);
        var columns = ColumnWeights.Select(weight => weight / ColumnWeights.Sum() * width).ToArray();
        var pages = new List<List<Block>> { new() };
        var y = Margin;
        RowBlock? repeatedHeader = null;

        // keepWithNext reserves room for what must follow on the same page (a heading's first row).
        void Place(Block block, float keepWithNext = 0f)
        {
            if (y + block.Height + keepWithNext > PageHeight - Margin - Leading && y > Margin)
            {
                pages.Add([]);
                y = Margin;
                if (repeatedHeader is not null && block is RowBlock { IsHeader: false })
                {
                    pages[^1].Add(repeatedHeader with { Top = y });
                    y += repeatedHeader.Height;
                }
            }

            pages[^1].Add(block with { Top = y });
            y += block.Height;
        }

        Place(new TextBlock([view.PanelName], Bold: true, Size: 16f));
        Place(new TextBlock([$"Performance report for {view.Period}", $"Generated {view.GeneratedAt}; {view.IndicatorCount} indicators."], Bold: false, Size: 10f));
        foreach (var theme in view.Themes)
        {
            var header = new RowBlock(Headings.Select((h, i) => TextWrapper.Wrap(h, bold, columns[i] - (2 * CellPadding))).ToList(), columns, IsHeader: true);
            Place(new TextBlock([theme.Name], Bold: true, Size: 12f) { Height = 24f }, keepWithNext: header.Height + (3 * Leading));
            Place(header, keepWithNext: 3 * Leading);
            repeatedHeader = header;
            foreach (var row in theme.Indicators)
            {
                string[] cells = [row.Name, $"{row.Latest} ({row.Period})", $"{row.Previous} ({row.PreviousPeriod})", row.Change, $"{row.YearAgo} ({row.YearAgoPeriod})", row.Target, row.Rag];
                Place(new RowBlock(cells.Select((text, i) => TextWrapper.Wrap(text, i == 0 ? bold : regular, columns[i] - (2 * CellPadding))).ToList(), columns, IsHeader: false));
            }

            repeatedHeader = null;
            foreach (var row in theme.Indicators)
            {
                var text = row.Commentary.Length > 0 ? $"{row.Narrative} Officer commentary: {row.Commentary}" : row.Narrative;
                Place(new TextBlock(TextWrapper.Wrap(text, regular, width), Bold: false, Size: BodySize));
            }
        }

        return pages;
    }

    private abstract record Block
    {
        public float Top { get; init; }

        public abstract float Height { get; init; }

        public abstract void Draw(SKCanvas canvas, SKFont regular, SKFont bold, SKPaint ink, SKPaint rule);
    }

    private sealed record TextBlock(IReadOnlyList<string> Lines, bool Bold, float Size) : Block
    {
        public override float Height { get; init; } = (Lines.Count * Size * 1.35f) + 6f;

        public override void Draw(SKCanvas canvas, SKFont regular, SKFont bold, SKPaint ink, SKPaint rule)
        {
            using var font = new SKFont(Bold ? PdfFonts.Bold : PdfFonts.Regular, Size);
            for (var i = 0; i < Lines.Count; i++)
            {
                canvas.DrawText(Lines[i], Margin, Top + ((i + 1) * Size * 1.3f), SKTextAlign.Left, font, ink);
            }
        }
    }

    private sealed record RowBlock(IReadOnlyList<IReadOnlyList<string>> Cells, float[] Columns, bool IsHeader) : Block
    {
        public override float Height { get; init; } = (Cells.Max(lines => lines.Count) * Leading) + (2 * CellPadding);

        public override void Draw(SKCanvas canvas, SKFont regular, SKFont bold, SKPaint ink, SKPaint rule)
        {
            var x = Margin;
            for (var c = 0; c < Cells.Count; c++)
            {
                canvas.DrawRect(x, Top, Columns[c], Height, rule);
                for (var line = 0; line < Cells[c].Count; line++)
                {
                    canvas.DrawText(Cells[c][line], x + CellPadding, Top + CellPadding + ((line + 1) * Leading) - 2.5f, SKTextAlign.Left, IsHeader || c == 0 ? bold : regular, ink);
                }

                x += Columns[c];
            }
        }
    }
}

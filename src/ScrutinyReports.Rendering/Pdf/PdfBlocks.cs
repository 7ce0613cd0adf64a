using SkiaSharp;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// A piece of the flowing document: it knows its height and how to draw itself at a given top. <see cref="Anchor"/>
/// names a destination that links can point to; a block that <see cref="KeepWithNext"/> goes on the page the next
/// block starts on (a heading is never left alone at the foot of a page).
/// </summary>
internal abstract class PdfBlock
{
    public string? Anchor { get; init; }

    public bool KeepWithNext { get; init; }

    public abstract float Height { get; }

    public abstract void Draw(SKCanvas canvas, float top, PdfInk ink);
}

/// <summary>Wrapped text at one size, optionally bold, indented, with a rule under it (headings).</summary>
internal sealed class TextBlock : PdfBlock
{
    private readonly IReadOnlyList<string> lines;
    private readonly bool bold;
    private readonly float size;
    private readonly float indent;
    private readonly float spaceAfter;
    private readonly bool ruled;

    public TextBlock(PdfInk ink, string text, float size = PdfStyle.Body, bool bold = false, float indent = 0, float spaceAfter = 5, bool ruled = false)
    {
        this.bold = bold;
        this.size = size;
        this.indent = indent;
        this.spaceAfter = spaceAfter;
        this.ruled = ruled;
        lines = TextWrapper.Wrap(text, ink.Font(bold, size), PdfStyle.Width - indent);
    }

    public override float Height => (lines.Count * PdfStyle.Leading(size)) + spaceAfter + (ruled ? 4 : 0);

    public override void Draw(SKCanvas canvas, float top, PdfInk ink)
    {
        var font = ink.Font(bold, size);
        for (var i = 0; i < lines.Count; i++)
        {
            ink.DrawText(canvas, lines[i], PdfStyle.Margin + indent, top + ((i + 1) * PdfStyle.Leading(size)) - (size * 0.3f), font, ink.Text);
        }

        if (ruled)
        {
            var y = top + (lines.Count * PdfStyle.Leading(size)) + 2;
            canvas.DrawLine(PdfStyle.Margin, y, PdfStyle.Margin + PdfStyle.Width, y, ink.Heavy);
        }
    }
}

/// <summary>One cell of a table row: wrapped lines, or a trend chart; a fill colour for RAG cells.</summary>
internal sealed record PdfCell(string Text, bool Bold = false, SKColor? Fill = null, TrendChart? Chart = null, float Size = PdfStyle.Small);

/// <summary>A table row across the text width. Header rows are repeated at the top of a page a table continues on.</summary>
internal sealed class RowBlock : PdfBlock
{
    private const float ChartHeight = 26f;
    private readonly IReadOnlyList<PdfCell> cells;
    private readonly List<float> widths;
    private readonly List<IReadOnlyList<string>> lines;

    public RowBlock(PdfInk ink, IReadOnlyList<PdfCell> cells, IReadOnlyList<float> widths, bool isHeader = false)
    {
        this.cells = cells;
        IsHeader = isHeader;
        this.widths = [.. widths];
        lines = cells.Select((cell, i) => TextWrapper.Wrap(cell.Text, ink.Font(cell.Bold || isHeader, cell.Size), widths[i] - (2 * PdfStyle.Padding))).ToList();
    }

    public bool IsHeader { get; }

    // A trend chart sits under its cell's text.
    public override float Height => lines.Select((cellLines, i) => (cellLines.Count * PdfStyle.Leading(cells[i].Size)) + (cells[i].Chart is not null ? ChartHeight : 0)).Max()
        + (2 * PdfStyle.Padding);

    public override void Draw(SKCanvas canvas, float top, PdfInk ink)
    {
        var x = PdfStyle.Margin;
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            var rect = new SKRect(x, top, x + widths[c], top + Height);
            if ((IsHeader ? PdfStyle.HeaderFill : cell.Fill) is { } fill)
            {
                ink.Fill.Color = fill;
                canvas.DrawRect(rect, ink.Fill);
            }

            canvas.DrawRect(rect, ink.Line);
            if (cell.Chart is { HasData: true } chart)
            {
                var chartTop = rect.Top + PdfStyle.Padding + (lines[c].Count * PdfStyle.Leading(cell.Size)) + 2;
                PdfTrendChart.Draw(canvas, chart, new SKRect(rect.Left + PdfStyle.Padding, chartTop, rect.Right - PdfStyle.Padding, chartTop + ChartHeight - 4));
            }

            var font = ink.Font(cell.Bold || IsHeader, cell.Size);
            for (var line = 0; line < lines[c].Count; line++)
            {
                ink.DrawText(canvas, lines[c][line], x + PdfStyle.Padding, top + PdfStyle.Padding + ((line + 1) * PdfStyle.Leading(cell.Size)) - (cell.Size * 0.3f), font, ink.Text);
            }

            x += widths[c];
        }
    }
}

/// <summary>Vertical space.</summary>
internal sealed class GapBlock(float height) : PdfBlock
{
    public override float Height => height;

    public override void Draw(SKCanvas canvas, float top, PdfInk ink)
    {
    }
}

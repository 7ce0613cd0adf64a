using SkiaSharp;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// The position chart on the PDF page, drawn with SkiaSharp in the SVG's own geometry (scaled), so the two agree,
/// followed by its caption and key as text: the band and every value with its unit stay readable and copyable.
/// </summary>
internal static class PdfPositionChart
{
    /// <summary>Adds the chart, its caption and key; nothing when the indicator has no position chart.</summary>
    public static void Add(PdfLayout layout, PdfInk ink, PositionChart? chart)
    {
        if (chart is null)
        {
            return;
        }

        var caption = new TextBlock(ink, $"Position among all authorities. {chart.Description}", PdfStyle.Small, spaceAfter: 2);
        var key = chart.Key.Select(marker => new TextBlock(ink, marker.KeyText, PdfStyle.Small, indent: 10, spaceAfter: 1)).ToList();
        layout.Add(new PositionChartBlock(chart) { KeepWithNext = true });
        layout.Add(caption);
        foreach (var line in key)
        {
            layout.Add(line);
        }

        layout.Add(new GapBlock(4));
    }
}

/// <summary>The drawing of a <see cref="PositionChart"/>, at <see cref="Scale"/> points per SVG unit.</summary>
internal sealed class PositionChartBlock(PositionChart chart) : PdfBlock
{
    public const float Scale = 0.85f;

    public override float Height => ((float)chart.Height * Scale) + 2;

    public override void Draw(SKCanvas canvas, float top, PdfInk ink)
    {
        canvas.Save();
        canvas.Translate(PdfStyle.Margin, top);
        canvas.Scale(Scale);
        var stripTop = (float)chart.StripTop;
        var stripBottom = stripTop + (float)PositionChart.StripHeight;
        var regular = ink.Font(false, (float)PositionChart.FontSize);
        var bold = ink.Font(true, (float)PositionChart.FontSize);
        using var accent = new SKPaint { Color = PdfStyle.Link, IsAntialias = true, StrokeWidth = 3, Style = SKPaintStyle.Stroke };
        using var accentFill = new SKPaint { Color = PdfStyle.Link, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var accentText = new SKPaint { Color = PdfStyle.Link, IsAntialias = true };
        foreach (var band in chart.Bands)
        {
            var (left, right) = ((float)chart.X(band.From), (float)chart.X(band.To));
            var rect = new SKRect(left, stripTop, right, stripBottom);
            ink.Fill.Color = SKColor.Parse(PositionChart.BandFill(band.Letter));
            canvas.DrawRect(rect, ink.Fill);
            canvas.DrawRect(rect, ink.Line);
            if (band.Letter is { } letter && right - left >= 12)
            {
                ink.DrawText(canvas, letter, (left + right) / 2, stripTop + 15, bold, ink.Text, SKTextAlign.Center);
            }
        }

        for (var i = 0; i < chart.Markers.Count; i++)
        {
            var marker = chart.Markers[i];
            var x = (float)chart.X(marker.Value);
            var labelY = stripTop - 9 - (chart.Rows[i] * (float)PositionChart.RowHeight);
            canvas.DrawLine(x, labelY + 2, x, stripTop, ink.Line);
            using var pointer = new SKPath();
            pointer.MoveTo(x - 4, stripTop - 6);
            pointer.LineTo(x + 4, stripTop - 6);
            pointer.LineTo(x, stripTop);
            pointer.Close();
            ink.Fill.Color = PdfStyle.Ink;
            canvas.DrawPath(pointer, ink.Fill);
            ink.DrawText(canvas, marker.Letters, x, labelY, regular, ink.Text, SKTextAlign.Center);
        }

        var councilX = (float)chart.X(chart.Council.Value);
        canvas.DrawLine(councilX, stripTop - 4, councilX, stripBottom + 6, accent);
        canvas.DrawCircle(councilX, stripTop + ((float)PositionChart.StripHeight / 2), 4.5f, accentFill);
        var labelsY = stripBottom + 17;
        ink.DrawText(canvas, chart.LowestLabel, (float)chart.X(chart.Bands[0].From), labelsY, regular, ink.Text, SKTextAlign.Left);
        ink.DrawText(canvas, chart.HighestLabel, (float)chart.X(chart.Bands[^1].To), labelsY, regular, ink.Text, SKTextAlign.Right);
        var (anchor, labelX) = chart.CouncilLabelAnchor();
        var align = anchor switch { "start" => SKTextAlign.Left, "end" => SKTextAlign.Right, _ => SKTextAlign.Center };
        ink.DrawText(canvas, chart.CouncilLabel, (float)labelX, labelsY + 16, bold, accentText, align);
        canvas.Restore();
    }
}

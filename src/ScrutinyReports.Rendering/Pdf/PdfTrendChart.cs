using SkiaSharp;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// Draws a trend chart with ScottPlot straight onto the PDF page, so it stays vector. No axis text is drawn: the
/// figures are in the table beside it and in the HTML's chart data.
/// </summary>
internal static class PdfTrendChart
{
    public static void Draw(SKCanvas canvas, TrendChart chart, SKRect area)
    {
        var plot = new ScottPlot.Plot();
        plot.FigureBackground.Color = ScottPlot.Colors.Transparent;
        plot.DataBackground.Color = ScottPlot.Colors.Transparent;
        var xs = chart.Points.Select(p => (double)p.Index).ToArray();
        var ys = chart.Points.Select(p => (double)p.Value).ToArray();
        var line = plot.Add.Scatter(xs, ys);
        line.Color = new ScottPlot.Color(0x1d, 0x4f, 0x91);
        line.LineWidth = 1.5f;
        line.MarkerSize = 2.5f;
        if (chart.TargetLine is { } target)
        {
            var targetLine = plot.Add.HorizontalLine((double)target);
            targetLine.Color = new ScottPlot.Color(0x50, 0x50, 0x50);
            targetLine.LineWidth = 0.75f;
            targetLine.LinePattern = ScottPlot.LinePattern.Dashed;
        }

        var (low, high) = chart.Range();
        plot.Axes.SetLimits(-0.5, chart.Count - 0.5, (double)low, (double)high);
        plot.HideAxesAndGrid();
        plot.Layout.Frameless();
        canvas.Save();
        canvas.Translate(area.Left, area.Top);
        plot.Render(canvas, (int)area.Width, (int)area.Height);
        canvas.Restore();
    }
}

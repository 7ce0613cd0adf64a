using SkiaSharp;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// Draws a trend chart with ScottPlot straight onto the PDF page, so it stays vector. No axis text is drawn: the
/// figures are in the table beside it and in the HTML's chart data. An SPC chart adds its mean and process limits per
/// baseline, a vertical line at each declared change of process and special-cause figures as squares.
/// </summary>
internal static class PdfTrendChart
{
    private static readonly ScottPlot.Color Blue = new(0x1d, 0x4f, 0x91);

    public static void Draw(SKCanvas canvas, TrendChart chart, SKRect area)
    {
        var plot = new ScottPlot.Plot();
        plot.FigureBackground.Color = ScottPlot.Colors.Transparent;
        plot.DataBackground.Color = ScottPlot.Colors.Transparent;
        foreach (var (from, to, mean, lower, upper) in chart.Baselines)
        {
            Level(plot, from, to, mean, new ScottPlot.Color(0x50, 0x50, 0x50), ScottPlot.LinePattern.Solid);
            Level(plot, from, to, lower, new ScottPlot.Color(0x7a, 0x2e, 0x8e), ScottPlot.LinePattern.Dotted);
            Level(plot, from, to, upper, new ScottPlot.Color(0x7a, 0x2e, 0x8e), ScottPlot.LinePattern.Dotted);
        }

        foreach (var change in chart.BaselineChanges)
        {
            var line = plot.Add.VerticalLine(change - 0.5);
            line.Color = ScottPlot.Colors.Black;
            line.LineWidth = 0.75f;
        }

        var xs = chart.Points.Select(p => (double)p.Index).ToArray();
        var ys = chart.Points.Select(p => (double)p.Value).ToArray();
        var series = plot.Add.Scatter(xs, ys);
        series.Color = Blue;
        series.LineWidth = 1.5f;
        series.MarkerSize = chart.IsSpc ? 0 : 2.5f;
        foreach (var (index, value, mark) in chart.Signals)
        {
            var marker = plot.Add.Marker(index, (double)value, ScottPlot.MarkerShape.FilledSquare, 3.5f, ScottPlot.Color.FromHex(TrendChart.Colour(mark)));
            marker.MarkerLineWidth = 0;
        }

        if (chart.TargetLine is { } target)
        {
            var targetLine = plot.Add.HorizontalLine((double)target);
            targetLine.Color = chart.IsSpc ? new ScottPlot.Color(0xb3, 0x59, 0x00) : new ScottPlot.Color(0x50, 0x50, 0x50);
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

    private static void Level(ScottPlot.Plot plot, int from, int to, decimal value, ScottPlot.Color colour, ScottPlot.LinePattern pattern)
    {
        var line = plot.Add.Line(from - 0.3, (double)value, to + 0.3, (double)value);
        line.Color = colour;
        line.LineWidth = 0.6f;
        line.LinePattern = pattern;
        line.MarkerSize = 0;
    }
}

using SkiaSharp;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Pdf;

/// <summary>
/// The funnel plot on the PDF page, drawn with SkiaSharp in the SVG's own geometry (scaled), so the two agree: limit
/// curves cut at the plot's edges, the whole-authority line, each unit's shape and label, axes with their ticks.
/// </summary>
internal sealed class FunnelChartBlock(FunnelChart chart) : PdfBlock
{
    public const float Scale = 0.8f;

    public override float Height => (FunnelChart.Height * Scale) + 4;

    public override void Draw(SKCanvas canvas, float top, PdfInk ink)
    {
        canvas.Save();
        canvas.Translate(PdfStyle.Margin, top);
        canvas.Scale(Scale);
        var font = ink.Font(false, (float)FunnelChart.FontSize);
        var bold = ink.Font(true, (float)FunnelChart.FontSize);
        var (left, right, plotTop, bottom) = ((float)FunnelChart.Left, (float)FunnelChart.Right, (float)FunnelChart.Top, (float)FunnelChart.Bottom);
        using var grid = new SKPaint { Color = new SKColor(0xe0, 0xe0, 0xe0), StrokeWidth = 0.75f, Style = SKPaintStyle.Stroke, IsAntialias = true };
        using var axis = new SKPaint { Color = new SKColor(0x50, 0x50, 0x50), StrokeWidth = 0.75f, Style = SKPaintStyle.Stroke, IsAntialias = true };
        foreach (var (value, label) in chart.YTicks)
        {
            var y = (float)chart.Y(value);
            canvas.DrawLine(left, y, right, y, grid);
            ink.DrawText(canvas, label, left - 5, y + 4, font, ink.Text, SKTextAlign.Right);
        }

        foreach (var (value, label) in chart.XTicks)
        {
            var x = (float)chart.X(value);
            canvas.DrawLine(x, bottom, x, bottom + 4, axis);
            ink.DrawText(canvas, label, x, bottom + 17, font, ink.Text, SKTextAlign.Center);
        }

        canvas.DrawRect(new SKRect(left, plotTop, right, bottom), axis);
        ink.DrawText(canvas, chart.XTitle, (left + right) / 2, FunnelChart.Height - 8, font, ink.Text, SKTextAlign.Center);
        canvas.Save();
        canvas.Translate(13, (plotTop + bottom) / 2);
        canvas.RotateDegrees(-90);
        ink.DrawText(canvas, chart.YTitle, 0, 0, font, ink.Text, SKTextAlign.Center);
        canvas.Restore();

        canvas.Save();
        canvas.ClipRect(new SKRect(left, plotTop, right, bottom));
        using var dash = SKPathEffect.CreateDash([6, 4], 0);
        using var limit95 = new SKPaint { Color = axis.Color, StrokeWidth = 1.25f, Style = SKPaintStyle.Stroke, IsAntialias = true, PathEffect = dash };
        using var limit998 = new SKPaint { Color = axis.Color, StrokeWidth = 1.25f, Style = SKPaintStyle.Stroke, IsAntialias = true };
        foreach (var curve in chart.Curves)
        {
            using var path = new SKPath();
            path.AddPoly(curve.Points.Select(p => new SKPoint((float)chart.X(p.Denominator), (float)chart.Y(p.Value))).ToArray(), close: false);
            canvas.DrawPath(path, curve.Kind == FunnelCurveKind.Limit95 ? limit95 : limit998);
        }

        using var target = new SKPaint { Color = PdfStyle.Ink, StrokeWidth = 2, Style = SKPaintStyle.Stroke, IsAntialias = true };
        var targetY = (float)chart.Y(chart.Target);
        canvas.DrawLine(left, targetY, right, targetY, target);
        canvas.Restore();

        using var halo = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Stroke, StrokeWidth = 3, IsAntialias = true };
        foreach (var point in chart.Points)
        {
            var (x, y) = ((float)chart.X(point.Denominator), (float)chart.Y(point.Value));
            var colour = SKColor.Parse(point.IsOutlier ? FunnelChart.OutlierColour : FunnelChart.UnitColour);
            using var fill = new SKPaint { Color = colour, Style = SKPaintStyle.Fill, IsAntialias = true };
            using var text = new SKPaint { Color = colour, IsAntialias = true };
            switch (point.Shape)
            {
                case FunnelShape.TriangleUp:
                case FunnelShape.TriangleDown:
                    var tip = point.Shape == FunnelShape.TriangleUp ? -7f : 7f;
                    using (var triangle = new SKPath())
                    {
                        triangle.MoveTo(x, y + tip);
                        triangle.LineTo(x + 6.5f, y - (tip * 5 / 7));
                        triangle.LineTo(x - 6.5f, y - (tip * 5 / 7));
                        triangle.Close();
                        canvas.DrawPath(triangle, fill);
                    }

                    break;
                case FunnelShape.Ring:
                    using (var ring = new SKPaint { Color = colour, Style = SKPaintStyle.Stroke, StrokeWidth = 2, IsAntialias = true })
                    {
                        ink.Fill.Color = SKColors.White;
                        canvas.DrawCircle(x, y, 4.5f, ink.Fill);
                        canvas.DrawCircle(x, y, 4.5f, ring);
                    }

                    break;
                default:
                    canvas.DrawCircle(x, y, 4.5f, fill);
                    break;
            }

            // A white halo first, so a label crossing a limit curve stays readable.
            var labelY = y + 4 + (float)point.LabelOffset;
            var (labelX, align) = point.LabelOnLeft ? (x - 7, SKTextAlign.Right) : (x + 7, SKTextAlign.Left);
            ink.DrawText(canvas, point.Name, labelX, labelY, point.IsOutlier ? bold : font, halo, align);
            ink.DrawText(canvas, point.Name, labelX, labelY, point.IsOutlier ? bold : font, text, align);
        }

        canvas.Restore();
    }
}

using System.Globalization;
using System.Net;
using System.Text;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Rendering.Views;

/// <summary>
/// A funnel plot of one breakdown (Spiegelhalter 2005): each unit's figure (y) against its denominator (x), the
/// whole-authority line, and the 95% and 99.8% control limits as curves that narrow as the denominator grows. A unit
/// outside the 99.8% limits is drawn as a triangle pointing the way it lies, with a bold label, not by colour alone;
/// one between the 95% and 99.8% limits as a ring. Built once and drawn as inline SVG for the HTML and with SkiaSharp
/// for the PDF from the same geometry (<see cref="X"/>, <see cref="Y"/>, <see cref="Curves"/>, <see cref="Points"/>).
/// </summary>
public sealed class FunnelChart
{
    public const int Width = 460;
    public const int Height = 300;
    public const double FontSize = 13;
    public const double Left = 62;
    public const double Right = Width - 70;
    public const double Top = 12;
    public const double Bottom = Height - 46;
    public const double LabelRow = 14;
    private const int CurveSteps = 120;

    private FunnelChart(string id, string title, string xTitle, string yTitle, double xHigh, double yLow, double yHigh, double target,
        IReadOnlyList<FunnelCurve> curves, IReadOnlyList<FunnelChartPoint> points, IReadOnlyList<(double Value, string Label)> xTicks, IReadOnlyList<(double Value, string Label)> yTicks)
    {
        Id = id;
        Title = title;
        XTitle = xTitle;
        YTitle = yTitle;
        XHigh = xHigh;
        YLow = yLow;
        YHigh = yHigh;
        Target = target;
        Curves = curves;
        Points = points;
        XTicks = xTicks;
        YTicks = yTicks;
    }

    /// <summary>The chart's id, from <see cref="HtmlIds"/>: safe in any attribute.</summary>
    public string Id { get; }

    public string Title { get; }

    /// <summary>"Denominator (cases)" or "Population (children)": what the x axis counts.</summary>
    public string XTitle { get; }

    /// <summary>"Per cent" or the rate's unit words.</summary>
    public string YTitle { get; }

    public double XHigh { get; }

    public double YLow { get; }

    public double YHigh { get; }

    /// <summary>The whole-authority figure the funnel is centred on.</summary>
    public double Target { get; }

    /// <summary>The four limit curves, in chart units (denominator, value).</summary>
    public IReadOnlyList<FunnelCurve> Curves { get; }

    /// <summary>The units placed, in the order given (never ranked), each with its label's place.</summary>
    public IReadOnlyList<FunnelChartPoint> Points { get; }

    public IReadOnlyList<(double Value, string Label)> XTicks { get; }

    public IReadOnlyList<(double Value, string Label)> YTicks { get; }

    /// <summary>The plot of a breakdown's funnel analysis, or null when it placed no unit.</summary>
    public static FunnelChart? For(Indicator indicator, FunnelAnalysis? funnel, string id, string title)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (funnel is null || funnel.Points.Count == 0)
        {
            return null;
        }

        var xHigh = NiceCeiling(funnel.Points.Max(p => p.Denominator) * 1.08);
        var xTicks = Ticks(0, xHigh, 5).Select(t => (t, t.ToString("#,##0", CultureInfo.InvariantCulture))).ToList();
        var first = Math.Max(1, xHigh / 400);
        var denominators = Enumerable.Range(0, CurveSteps + 1)
            .Select(i => (long)Math.Round(first * Math.Pow(xHigh / first, (double)i / CurveSteps)))
            .Where(n => n > 0)
            .Distinct()
            .ToList();
        var limits = denominators.Select(n => (N: (double)n, Limits: Limits(funnel, n))).ToList();
        var curves = new List<FunnelCurve>
        {
            new(FunnelCurveKind.Limit95, limits.Select(l => (l.N, l.Limits.Upper95)).ToList()),
            new(FunnelCurveKind.Limit95, limits.Select(l => (l.N, l.Limits.Lower95)).ToList()),
            new(FunnelCurveKind.Limit998, limits.Select(l => (l.N, l.Limits.Upper998)).ToList()),
            new(FunnelCurveKind.Limit998, limits.Select(l => (l.N, l.Limits.Lower998)).ToList()),
        };

        // The y range takes in every unit, the whole authority and each unit's own 99.8% limits, so a unit's place against
        // its limits is always seen; the curves run off the top and bottom towards small denominators and are cut there.
        var values = funnel.Points.SelectMany(p => new[] { p.Value, p.Limits.Lower998, p.Limits.Upper998 }).Append(funnel.Target).ToList();
        var (low, high) = (values.Min(), values.Max());
        var pad = Math.Max((high - low) * 0.08, 0.5);
        low -= pad;
        high += pad;
        if (funnel.Measure == FunnelMeasure.Proportion)
        {
            (low, high) = (Math.Max(0, low), Math.Min(100, high));
        }
        else
        {
            low = Math.Max(0, low);
        }

        var yStep = NiceStep((high - low) / 5);
        var decimals = ValueFormatter.DecimalsOf((decimal)Math.Round(yStep, 10));
        string YLabel(double value) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + (indicator.Unit == Unit.Percent ? "%" : string.Empty);
        (low, high) = (Math.Floor(low / yStep) * yStep, Math.Ceiling(high / yStep) * yStep);
        var yTicks = Ticks(low, high, 5).Select(t => (t, YLabel(t))).ToList();

        var points = funnel.Points.Select(p => new FunnelChartPoint(p.Name, p.Denominator, p.Value, p.Position, 0)).ToList();
        var chart = new FunnelChart(id, title, funnel.Measure == FunnelMeasure.Proportion ? "Out of (denominator)" : "Population",
            indicator.Unit == Unit.Percent ? "Per cent" : DisplayText.UnitWords(indicator), xHigh, low, high, funnel.Target, curves, points, xTicks, yTicks);
        return chart.WithLabelOffsets(name => name.Length * FontSize * 0.6);
    }

    /// <summary>The x of a denominator in SVG units.</summary>
    public double X(double denominator) => Left + (denominator / XHigh * (Right - Left));

    /// <summary>The y of a value in SVG units.</summary>
    public double Y(double value) => Bottom - ((value - YLow) / (YHigh - YLow) * (Bottom - Top));

    /// <summary>
    /// The points with each label moved down a row where it would print over an earlier one; a label sits to the right of
    /// its point, or to the left where it would run off the chart. <paramref name="widthOf"/> gives a label's width in SVG units.
    /// </summary>
    public FunnelChart WithLabelOffsets(Func<string, double> widthOf)
    {
        ArgumentNullException.ThrowIfNull(widthOf);
        var placed = new List<(double Left, double Right, double Y)>();
        var moved = new FunnelChartPoint[Points.Count];
        foreach (var i in Enumerable.Range(0, Points.Count).OrderBy(i => Y(Points[i].Value)))
        {
            var point = Points[i];
            var width = widthOf(point.Name);
            var onLeft = X(point.Denominator) + 7 + width > Width - 2;
            var left = onLeft ? X(point.Denominator) - 7 - width : X(point.Denominator) + 7;
            var right = left + width;
            var y = Y(point.Value) + 4;
            while (placed.Any(p => p.Left < right && left < p.Right && Math.Abs(p.Y - y) < LabelRow))
            {
                y += LabelRow;
            }

            placed.Add((left, right, y));
            moved[i] = point with { LabelOffset = y - (Y(point.Value) + 4), LabelOnLeft = onLeft };
        }

        return new FunnelChart(Id, Title, XTitle, YTitle, XHigh, YLow, YHigh, Target, Curves, moved, XTicks, YTicks);
    }

    /// <summary>
    /// The chart as inline SVG: role="img", named by its title and described by the caption the template prints
    /// beside it (<c>{Id}-caption</c>). Built from numbers and encoded text only, so templates may output it raw.
    /// </summary>
    public string Svg()
    {
        var svg = new StringBuilder();
        var id = WebUtility.HtmlEncode(Id);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"funnel-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-caption\" font-family=\"'DejaVu Sans', Arial, 'Liberation Sans', sans-serif\" font-size=\"{FontSize}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{WebUtility.HtmlEncode(Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<defs><clipPath id=\"{id}-area\"><rect x=\"{Left}\" y=\"{Top}\" width=\"{Right - Left}\" height=\"{Bottom - Top}\"/></clipPath></defs>");
        foreach (var (value, label) in YTicks)
        {
            var y = Y(value);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Right}\" y1=\"{y:0.##}\" y2=\"{y:0.##}\" stroke=\"#e0e0e0\" stroke-width=\"0.75\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 5}\" y=\"{y + 4:0.##}\" text-anchor=\"end\" fill=\"#1b1b1b\">{WebUtility.HtmlEncode(label)}</text>");
        }

        foreach (var (value, label) in XTicks)
        {
            var x = X(value);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.##}\" x2=\"{x:0.##}\" y1=\"{Bottom}\" y2=\"{Bottom + 4}\" stroke=\"#505050\" stroke-width=\"0.75\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.##}\" y=\"{Bottom + 17}\" text-anchor=\"middle\" fill=\"#1b1b1b\">{WebUtility.HtmlEncode(label)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{Right - Left}\" height=\"{Bottom - Top}\" fill=\"none\" stroke=\"#505050\" stroke-width=\"0.75\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(Left + Right) / 2:0.##}\" y=\"{Height - 8}\" text-anchor=\"middle\" fill=\"#1b1b1b\">{WebUtility.HtmlEncode(XTitle)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text transform=\"translate(13 {(Top + Bottom) / 2:0.##}) rotate(-90)\" text-anchor=\"middle\" fill=\"#1b1b1b\">{WebUtility.HtmlEncode(YTitle)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<g clip-path=\"url(#{id}-area)\">");
        foreach (var curve in Curves)
        {
            var dash = curve.Kind == FunnelCurveKind.Limit95 ? " stroke-dasharray=\"6 4\"" : string.Empty;
            svg.Append("<polyline fill=\"none\" stroke=\"#505050\" stroke-width=\"1.25\"").Append(dash).Append(" points=\"");
            svg.AppendJoin(' ', curve.Points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.Denominator):0.##},{Y(p.Value):0.##}")));
            svg.Append("\"/>");
        }

        var targetY = Y(Target);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Right}\" y1=\"{targetY:0.##}\" y2=\"{targetY:0.##}\" stroke=\"#1b1b1b\" stroke-width=\"2\"/>");
        svg.Append("</g>");
        foreach (var point in Points)
        {
            var (x, y) = (X(point.Denominator), Y(point.Value));
            var colour = point.IsOutlier ? OutlierColour : UnitColour;
            svg.Append(point.Shape switch
            {
                FunnelShape.TriangleUp => string.Create(CultureInfo.InvariantCulture, $"<path d=\"M{x:0.##} {y - 7:0.##} L{x + 6.5:0.##} {y + 5:0.##} L{x - 6.5:0.##} {y + 5:0.##} Z\" fill=\"{colour}\"/>"),
                FunnelShape.TriangleDown => string.Create(CultureInfo.InvariantCulture, $"<path d=\"M{x:0.##} {y + 7:0.##} L{x + 6.5:0.##} {y - 5:0.##} L{x - 6.5:0.##} {y - 5:0.##} Z\" fill=\"{colour}\"/>"),
                FunnelShape.Ring => string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.##}\" cy=\"{y:0.##}\" r=\"4.5\" fill=\"#fff\" stroke=\"{colour}\" stroke-width=\"2\"/>"),
                _ => string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.##}\" cy=\"{y:0.##}\" r=\"4.5\" fill=\"{colour}\"/>"),
            });
            var weight = point.IsOutlier ? " font-weight=\"bold\"" : string.Empty;
            var (labelX, anchor) = point.LabelOnLeft ? (x - 7, "end") : (x + 7, "start");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelX:0.##}\" y=\"{y + 4 + point.LabelOffset:0.##}\" text-anchor=\"{anchor}\"{weight} fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{WebUtility.HtmlEncode(point.Name)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The colour of a unit within the 99.8% limits, and of one outside them: the shapes carry the meaning too.</summary>
    public const string UnitColour = "#1d4f91";

    public const string OutlierColour = "#a4161a";

    private static FunnelLimits Limits(FunnelAnalysis funnel, long denominator) => funnel.Measure == FunnelMeasure.Proportion
        ? FunnelPlot.ProportionLimits(funnel.Target, denominator)
        : FunnelPlot.RateLimits(funnel.Target, denominator, funnel.Multiplier);

    private static double NiceStep(double rough)
    {
        if (rough <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10) * magnitude;
    }

    private static double NiceCeiling(double value)
    {
        var step = NiceStep(value / 5);
        return Math.Max(step, Math.Ceiling(value / step) * step);
    }

    private static List<double> Ticks(double low, double high, int about)
    {
        var step = NiceStep((high - low) / about);
        var ticks = new List<double>();
        for (var t = Math.Ceiling(low / step) * step; t <= high + (step * 1e-9); t += step)
        {
            ticks.Add(Math.Round(t, 10));
        }

        return ticks;
    }
}

/// <summary>Which control limit a curve draws.</summary>
public enum FunnelCurveKind
{
    Limit95,
    Limit998,
}

/// <summary>How a unit is marked: by where it lies, so the plot reads in black and white.</summary>
public enum FunnelShape
{
    Dot,
    Ring,
    TriangleUp,
    TriangleDown,
}

/// <summary>One control limit across the denominators drawn.</summary>
public sealed record FunnelCurve(FunnelCurveKind Kind, IReadOnlyList<(double Denominator, double Value)> Points);

/// <summary>
/// A unit on the plot; <see cref="LabelOffset"/> moves its label down from beside the point where labels would overprint,
/// and <see cref="LabelOnLeft"/> puts it on the point's left where it would run off the chart.
/// </summary>
public sealed record FunnelChartPoint(string Name, long Denominator, double Value, FunnelPosition Position, double LabelOffset)
{
    public bool LabelOnLeft { get; init; }

    public bool IsOutlier => Position is FunnelPosition.Above998 or FunnelPosition.Below998;

    public FunnelShape Shape => Position switch
    {
        FunnelPosition.Above998 => FunnelShape.TriangleUp,
        FunnelPosition.Below998 => FunnelShape.TriangleDown,
        FunnelPosition.Above95 or FunnelPosition.Below95 => FunnelShape.Ring,
        _ => FunnelShape.Dot,
    };
}

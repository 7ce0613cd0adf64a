using System.Globalization;
using System.Net;
using System.Text;
using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Indicators;

namespace ScrutinyReports.Rendering.Views;

/// <summary>
/// A small trend chart of an indicator's recent figures, with its target line, as inline SVG for the HTML and as
/// points for the PDF. It always comes with a text alternative that states the figures: a chart alone would lose
/// its numbers for anyone using a screen reader.
/// </summary>
public sealed class TrendChart
{
    public const int Width = 180;
    public const int Height = 48;

    private TrendChart(IReadOnlyList<(int Index, decimal Value)> points, int count, decimal? target, string description, string title, string id)
    {
        Points = points;
        Count = count;
        TargetLine = target;
        Description = description;
        Title = title;
        Id = id;
    }

    /// <summary>Positions (0 = oldest period) and figures of the periods that have one.</summary>
    public IReadOnlyList<(int Index, decimal Value)> Points { get; }

    public int Count { get; }

    public decimal? TargetLine { get; }

    public string Title { get; }

    /// <summary>The text alternative: every figure with its period, and the target.</summary>
    public string Description { get; }

    /// <summary>The chart's id, from <see cref="HtmlIds"/>: safe in any attribute.</summary>
    public string Id { get; }

    public bool HasData => Points.Count > 0;

    public static TrendChart For(IndicatorAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var indicator = analysis.Indicator;
        var points = analysis.History
            .Select((point, index) => (index, point.Observation?.Value))
            .Where(point => point.Value is not null)
            .Select(point => (point.index, indicator.Round(point.Value!.Value)))
            .ToList();
        var target = indicator.Target is { IsRange: false } single ? single.Minimum ?? single.Maximum : null;
        var figures = analysis.History.Select(point => $"{indicator.ShortPeriodLabel(point.Period)} {DisplayText.Figure(point.Observation, indicator)}");
        var description = $"{indicator.Name}, {indicator.ShortPeriodLabel(analysis.History[0].Period)} to {indicator.ShortPeriodLabel(analysis.History[^1].Period)}: {string.Join("; ", figures)}." +
                          (indicator.Target is null ? string.Empty : $" Target: {DisplayText.Target(indicator).ToLowerInvariant()}.");
        return new TrendChart(points, analysis.History.Count, target, description, $"Trend in {indicator.Name}", HtmlIds.From("chart-", indicator.Id));
    }

    /// <summary>The chart as accessible inline SVG: role="img", a title and a description that states the figures.</summary>
    public string Svg()
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{Attribute(Id)}-title {Attribute(Id)}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{Attribute(Id)}-title\">{WebUtility.HtmlEncode(Title)}</title><desc id=\"{Attribute(Id)}-desc\">{WebUtility.HtmlEncode(Description)}</desc>");
        if (HasData)
        {
            var (low, high) = Range();
            if (TargetLine is { } target)
            {
                var y = Y(target, low, high);
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" x2=\"{Width}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#505050\" stroke-dasharray=\"4 3\" stroke-width=\"1\"/>");
            }

            svg.Append("<polyline fill=\"none\" stroke=\"#1d4f91\" stroke-width=\"2\" points=\"");
            svg.AppendJoin(' ', Points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.Index):0.#},{Y(p.Value, low, high):0.#}")));
            svg.Append("\"/>");
            var last = Points[^1];
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(last.Index):0.#}\" cy=\"{Y(last.Value, low, high):0.#}\" r=\"3.5\" fill=\"#1d4f91\"/>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The value range drawn, padded so a flat line sits mid-height and the target is always in view.</summary>
    public (decimal Low, decimal High) Range()
    {
        var values = Points.Select(p => p.Value).Concat(TargetLine is { } t ? [t] : []).ToList();
        var low = values.Min();
        var high = values.Max();
        var pad = high == low ? Math.Max(1m, Math.Abs(high) * 0.1m) : (high - low) * 0.15m;
        return (low - pad, high + pad);
    }

    // Every attribute value written here is encoded, whatever its source.
    private static string Attribute(string value) => WebUtility.HtmlEncode(value);

    public double X(int index) => 4 + (index * (Width - 8.0) / Math.Max(1, Count - 1));

    public static double Y(decimal value, decimal low, decimal high) => Height - 4 - (double)((value - low) / (high - low)) * (Height - 8.0);
}

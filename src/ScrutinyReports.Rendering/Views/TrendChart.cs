using System.Globalization;
using System.Net;
using System.Text;
using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Narrative;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Domain.Statistics.Spc;

namespace ScrutinyReports.Rendering.Views;

/// <summary>
/// A small trend chart of an indicator's recent figures, with its target line, as inline SVG for the HTML and as
/// points for the PDF. Where the indicator has SPC process limits it is an SPC chart instead: its mean and limits per
/// baseline, a line where a declared change of process starts a new one, and special-cause figures marked by shape
/// as well as colour. It always comes with a text alternative that states the figures: a chart alone would lose its
/// numbers for anyone using a screen reader.
/// </summary>
public sealed class TrendChart
{
    private const int SparkWidth = 180;
    private const int SparkHeight = 48;

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

    /// <summary>The text alternative: every figure with its period, and the target (and for an SPC chart, its mean, limits and signals).</summary>
    public string Description { get; }

    /// <summary>The chart's id, from <see cref="HtmlIds"/>: safe in any attribute.</summary>
    public string Id { get; }

    public bool HasData => Points.Count > 0;

    public bool IsSpc => Baselines.Count > 0;

    public int Width => IsSpc ? 360 : SparkWidth;

    public int Height => IsSpc ? 110 : SparkHeight;

    /// <summary>SPC only: each baseline with limits, from and to position, its mean and limits.</summary>
    public IReadOnlyList<(int From, int To, decimal Mean, decimal Lower, decimal Upper)> Baselines { get; private init; } = [];

    /// <summary>SPC only: the positions where a declared change of process starts a new baseline.</summary>
    public IReadOnlyList<int> BaselineChanges { get; private init; } = [];

    /// <summary>SPC only: the special-cause figures and what they mean: improving, concerning or neutral.</summary>
    public IReadOnlyList<(int Index, decimal Value, SpcMark Mark)> Signals { get; private init; } = [];

    public static TrendChart For(IndicatorAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var indicator = analysis.Indicator;
        var points = analysis.History
            .Select((point, index) => (index, point.Observation?.Value))
            .Where(point => point.Value is not null)
            .Select(point => (point.index, indicator.Round(point.Value!.Value)))
            .ToList();
        var figures = analysis.History.Select(point => $"{indicator.ShortPeriodLabel(point.Period)} {DisplayText.Figure(point.Observation, indicator)}");
        var description = $"{indicator.Name}, {indicator.ShortPeriodLabel(analysis.History[0].Period)} to {indicator.ShortPeriodLabel(analysis.History[^1].Period)}: {string.Join("; ", figures)}." +
                          (indicator.Target is null ? string.Empty : $" Target: {DisplayText.Target(indicator).ToLowerInvariant()}.");
        return new TrendChart(points, analysis.History.Count, TargetOf(indicator), description, $"Trend in {indicator.Name}", HtmlIds.From("chart-", indicator.Id));
    }

    /// <summary>The SPC chart where the entry has process limits, otherwise the trend of <see cref="For(IndicatorAnalysis)"/>.</summary>
    public static TrendChart For(IndicatorEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.QualifyingSpc is not { } spc)
        {
            return For(entry.Analysis);
        }

        var indicator = spc.Indicator;
        var points = spc.Points.Select((point, index) => (index, point.Value)).Where(p => p.Value is not null).Select(p => (p.index, p.Value!.Value)).ToList();
        var index = spc.Points.Select((point, i) => (point.Period, i)).ToDictionary(p => p.Period, p => p.i);
        var baselines = spc.Baselines.Where(b => b.Limits is not null)
            .Select(b => (index[b.From], index[b.To], b.Limits!.Mean, b.Limits.Lower, b.Limits.Upper)).ToList();
        var changes = spc.Baselines.Where(b => b.Reason is not null).Select(b => index[b.From]).ToList();
        var signals = spc.Points.Select((point, i) => (point, i)).Where(p => p.point is { Value: not null, Side: not null })
            .Select(p => (p.i, p.point.Value!.Value, Mark(SpcAnalyser.Variation(p.point.Side!.Value, indicator.Polarity)))).ToList();
        var figures = spc.Points.Select(point => $"{indicator.ShortPeriodLabel(point.Period)} {(point.Value is { } v ? Shown(v) : "no figure")}{(point.Rule is { } rule ? $" ({SpcWording.Rule(rule).ToLowerInvariant()})" : string.Empty)}");
        string Shown(decimal value) => ValueFormatter.Value(indicator.Round(value), indicator);
        var limits = spc.Limits;
        var description = $"Statistical process control chart of {indicator.Name}, {indicator.ShortPeriodLabel(spc.Points[0].Period)} to {indicator.ShortPeriodLabel(spc.Points[^1].Period)}. " +
                          $"Average {Shown(limits.Mean)}, process limits {Shown(limits.Lower)} to {Shown(limits.Upper)} since {indicator.ShortPeriodLabel(spc.Current.From)}" +
                          (spc.Current.Reason is { } reason ? $" (change of process: {reason})" : string.Empty) + ". " +
                          $"{SpcWording.Variation(spc.Variation)}. " +
                          (spc.Assurance == AssuranceIcon.None ? string.Empty : $"{SpcWording.Assurance(spc.Assurance)}. ") +
                          $"Figures: {string.Join("; ", figures)}." +
                          (indicator.Target is null ? string.Empty : $" Target: {DisplayText.Target(indicator).ToLowerInvariant()}.");
        return new TrendChart(points, spc.Points.Count, TargetOf(indicator), description, $"Statistical process control chart of {indicator.Name}", HtmlIds.From("chart-", indicator.Id))
        {
            Baselines = baselines,
            BaselineChanges = changes,
            Signals = signals,
        };
    }

    /// <summary>The chart as accessible inline SVG: role="img", a title and a description that states the figures.</summary>
    public string Svg()
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{(IsSpc ? "trend spc" : "trend")}\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{Attribute(Id)}-title {Attribute(Id)}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{Attribute(Id)}-title\">{WebUtility.HtmlEncode(Title)}</title><desc id=\"{Attribute(Id)}-desc\">{WebUtility.HtmlEncode(Description)}</desc>");
        if (HasData)
        {
            var (low, high) = Range();
            foreach (var (from, to, mean, lower, upper) in Baselines)
            {
                Line(svg, X(from) - 2, X(to) + 2, Y(mean, low, high), "#505050", "1", null);
                Line(svg, X(from) - 2, X(to) + 2, Y(lower, low, high), "#7a2e8e", "1", "2 2");
                Line(svg, X(from) - 2, X(to) + 2, Y(upper, low, high), "#7a2e8e", "1", "2 2");
            }

            foreach (var change in BaselineChanges)
            {
                var x = (X(change) + X(change - 1)) / 2;
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"0\" y2=\"{Height}\" stroke=\"#000\" stroke-width=\"1\"/>");
            }

            if (TargetLine is { } target)
            {
                Line(svg, 0, Width, Y(target, low, high), "#b35900", "1", "6 3");
            }

            svg.Append("<polyline fill=\"none\" stroke=\"#1d4f91\" stroke-width=\"2\" points=\"");
            svg.AppendJoin(' ', Points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.Index):0.#},{Y(p.Value, low, high):0.#}")));
            svg.Append("\"/>");
            foreach (var (i, value, mark) in Signals)
            {
                // Special causes are squares (a circle marks the latest figure), so shape as well as colour tells them apart.
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{X(i) - 3.5:0.#}\" y=\"{Y(value, low, high) - 3.5:0.#}\" width=\"7\" height=\"7\" fill=\"{Colour(mark)}\" stroke=\"#fff\" stroke-width=\"0.5\"/>");
            }

            var last = Points[^1];
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(last.Index):0.#}\" cy=\"{Y(last.Value, low, high):0.#}\" r=\"3.5\" fill=\"#1d4f91\"/>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The value range drawn, padded so a flat line sits mid-height and the target and limits are always in view.</summary>
    public (decimal Low, decimal High) Range()
    {
        var values = Points.Select(p => p.Value).Concat(TargetLine is { } t ? [t] : [])
            .Concat(Baselines.SelectMany(b => new[] { b.Lower, b.Upper })).ToList();
        var low = values.Min();
        var high = values.Max();
        var pad = high == low ? Math.Max(1m, Math.Abs(high) * 0.1m) : (high - low) * 0.15m;
        return (low - pad, high + pad);
    }

    /// <summary>The colour of a special-cause mark: blue improving, orange concerning, purple for a context measure.</summary>
    public static string Colour(SpcMark mark) => mark switch
    {
        SpcMark.Improving => "#005eb8",
        SpcMark.Concerning => "#c05600",
        _ => "#6b2c91",
    };

    // Every attribute value written here is encoded, whatever its source.
    private static string Attribute(string value) => WebUtility.HtmlEncode(value);

    private static decimal? TargetOf(Indicator indicator) => indicator.Target is { IsRange: false } single ? single.Minimum ?? single.Maximum : null;

    private static SpcMark Mark(VariationIcon icon) =>
        SpcWording.IsImproving(icon) ? SpcMark.Improving : SpcWording.IsConcerning(icon) ? SpcMark.Concerning : SpcMark.Neutral;

    private static void Line(StringBuilder svg, double x1, double x2, double y, string colour, string width, string? dash) =>
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1:0.#}\" x2=\"{x2:0.#}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"{colour}\" stroke-width=\"{width}\"{(dash is null ? string.Empty : $" stroke-dasharray=\"{dash}\"")}/>");

    public double X(int index) => 4 + (index * (Width - 8.0) / Math.Max(1, Count - 1));

    public double Y(decimal value, decimal low, decimal high) => Height - 4 - (double)((value - low) / (high - low)) * (Height - 8.0);
}

/// <summary>What a special-cause figure means by the indicator's polarity.</summary>
public enum SpcMark
{
    Improving,
    Concerning,
    Neutral,
}

using System.Globalization;
using System.Net;
using System.Text;
using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Narrative;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Reports;

namespace ScrutinyReports.Rendering.Views;

/// <summary>
/// A LAIT-style position chart: a horizontal scale from the lowest to the highest authority's published figure,
/// split at the quartiles into four bands lettered A (best) to D (worst) by polarity (unlettered for a context
/// measure), with markers for England, the region, the statistical neighbours' mean and the council's latest figure.
/// Built once per indicator and drawn as inline SVG for the HTML and with SkiaSharp for the PDF, from the same
/// geometry (<see cref="Fraction"/>, <see cref="LabelRows"/>). Its text alternative (<see cref="Description"/> and
/// <see cref="Key"/>) states the band and every value with its unit and year.
/// </summary>
public sealed class PositionChart
{
    public const int Width = 340;
    public const double FontSize = 12;
    public const double Inset = 12;
    public const double StripHeight = 22;
    public const double RowHeight = 13;
    public const int MaxLabelRows = 3;

    private PositionChart(string id, string title, string description, IReadOnlyList<PositionChartBand> bands, IReadOnlyList<PositionChartMarker> markers,
        PositionChartMarker council, string lowest, string highest, decimal low, decimal high)
    {
        Id = id;
        Title = title;
        Description = description;
        Bands = bands;
        Markers = markers;
        Council = council;
        LowestLabel = lowest;
        HighestLabel = highest;
        Low = low;
        High = high;
        Rows = LabelRows(X, letters => letters.Length * FontSize * 0.75);
        StripTop = 14 + (Rows.Count == 0 ? 0 : (Rows.Max() + 1) * RowHeight);
    }

    /// <summary>The chart's id, from <see cref="HtmlIds"/>: safe in any attribute.</summary>
    public string Id { get; }

    /// <summary>"Position among authorities: Sep 2019 figure against the 150 authorities' published figures for 2018/19".</summary>
    public string Title { get; }

    /// <summary>The band, quarter, quartiles with units, and the period caveat: the chart's caption.</summary>
    public string Description { get; }

    /// <summary>The four bands from left (lowest figures) to right, each with its letter (null for a context measure).</summary>
    public IReadOnlyList<PositionChartBand> Bands { get; }

    /// <summary>England, region and statistical neighbours' mean, where published for the distribution's year.</summary>
    public IReadOnlyList<PositionChartMarker> Markers { get; }

    /// <summary>The council's latest figure.</summary>
    public PositionChartMarker Council { get; }

    /// <summary>Every marker, the council's first, as the key under the chart lists them.</summary>
    public IReadOnlyList<PositionChartMarker> Key => [Council, .. Markers];

    /// <summary>"Lowest 12.0": the left end of the bands, compact (the caption has the unit).</summary>
    public string LowestLabel { get; }

    public string HighestLabel { get; }

    /// <summary>The ends of the scale: the authorities' range, widened to take in any marker outside it.</summary>
    public decimal Low { get; }

    public decimal High { get; }

    /// <summary>The label row of each comparator marker, 0 nearest the bands (see <see cref="LabelRows"/>).</summary>
    public IReadOnlyList<int> Rows { get; }

    /// <summary>The top of the bands in SVG units, below as many label rows as the markers need.</summary>
    public double StripTop { get; }

    public double Height => StripTop + StripHeight + 38;

    /// <summary>The chart of an indicator's latest figure among all authorities, or null when none can be drawn.</summary>
    public static PositionChart? For(IndicatorEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Benchmark.AmongAuthorities is not { } position)
        {
            return null;
        }

        var indicator = entry.Analysis.Indicator;
        var distribution = position.Distribution;
        var year = distribution.Period;
        var markers = entry.Benchmark.Comparators
            .Where(c => c.Period == year && c.Value is not null && c.Kind is ComparatorKind.England or ComparatorKind.Region or ComparatorKind.SnMean)
            .OrderBy(c => c.Kind)
            .Select(c => new PositionChartMarker(
                c.Kind switch { ComparatorKind.England => "E", ComparatorKind.Region => "R", _ => "SN" },
                c.Kind == ComparatorKind.SnMean ? $"Statistical neighbours' mean ({c.N} of {c.N + (c.LeftOut ?? 0)} with a figure)" : c.Name,
                year.Label,
                indicator.Round(c.Value!.Value),
                ValueFormatter.Value(indicator.Round(c.Value!.Value), indicator),
                Compact(c.Value!.Value, indicator)))
            .ToList();
        var provisional = entry.Analysis.Current?.Status == ObservationStatus.Provisional ? " (provisional)" : string.Empty;
        var council = new PositionChartMarker(string.Empty, "This council", indicator.PeriodLabel(position.FigurePeriod), position.Value, ValueFormatter.Value(position.Value, indicator) + provisional, Compact(position.Value, indicator));
        string[] letters = indicator.Polarity switch
        {
            Polarity.HigherIsBetter => ["D", "C", "B", "A"],
            Polarity.LowerIsBetter => ["A", "B", "C", "D"],
            _ => [string.Empty, string.Empty, string.Empty, string.Empty],
        };
        var cuts = distribution.FiveNumbers;
        var bands = Enumerable.Range(0, 4).Select(i => new PositionChartBand(letters[i].Length == 0 ? null : letters[i], cuts[i], cuts[i + 1])).ToList();
        var values = markers.Select(m => m.Value).Append(council.Value).Append(distribution.Minimum).Append(distribution.Maximum).ToList();
        var (low, high) = (values.Min(), values.Max());
        if (low == high)
        {
            (low, high) = (low - 1, high + 1);
        }

        var description = PositionWording.Sentence(position, indicator);
        return new PositionChart(
            HtmlIds.From("position-", indicator.Id),
            $"Position among authorities: {PositionWording.Title(position, indicator)}",
            description,
            bands,
            markers,
            council,
            $"Lowest {Compact(distribution.Minimum, indicator)}",
            $"Highest {Compact(distribution.Maximum, indicator)}",
            low,
            high);
    }

    /// <summary>Where a value sits across the scale: 0 at <see cref="Low"/>, 1 at <see cref="High"/>.</summary>
    public double Fraction(decimal value) => (double)((value - Low) / (High - Low));

    /// <summary>The x of a value in SVG units (the PDF scales the same fraction to its own width).</summary>
    public double X(decimal value) => Inset + (Fraction(value) * (Width - (2 * Inset)));

    /// <summary>
    /// The row (0 nearest the bands) each comparator marker's letters sit in, so that markers close together stack
    /// instead of overprinting. <paramref name="widthOf"/> gives a label's width in the same units as <paramref name="xOf"/>.
    /// </summary>
    public IReadOnlyList<int> LabelRows(Func<decimal, double> xOf, Func<string, double> widthOf)
    {
        ArgumentNullException.ThrowIfNull(xOf);
        ArgumentNullException.ThrowIfNull(widthOf);
        var rows = new int[Markers.Count];
        var rightEdges = new double[MaxLabelRows];
        Array.Fill(rightEdges, double.NegativeInfinity);
        foreach (var i in Enumerable.Range(0, Markers.Count).OrderBy(i => Markers[i].Value))
        {
            var width = widthOf(Markers[i].Letters);
            var left = xOf(Markers[i].Value) - (width / 2);
            var row = Enumerable.Range(0, MaxLabelRows).FirstOrDefault(r => rightEdges[r] + 3 <= left, MaxLabelRows - 1);
            rows[i] = row;
            rightEdges[row] = left + width;
        }

        return rows;
    }

    /// <summary>
    /// The chart as inline SVG: role="img", named by its title and described by the caption the template prints
    /// beside it (<c>{Id}-caption</c>). Built from numbers and encoded text only, so templates may output it raw.
    /// </summary>
    public string Svg()
    {
        var svg = new StringBuilder();
        var id = Attribute(Id);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"position-chart\" viewBox=\"0 0 {Width} {Height:0.##}\" role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-caption\" font-family=\"'DejaVu Sans', Arial, 'Liberation Sans', sans-serif\" font-size=\"{FontSize}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{WebUtility.HtmlEncode(Title)}</title>");
        foreach (var band in Bands)
        {
            var (left, right) = (X(band.From), X(band.To));
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left:0.##}\" y=\"{StripTop}\" width=\"{right - left:0.##}\" height=\"{StripHeight}\" fill=\"{BandFill(band.Letter)}\" stroke=\"#505050\" stroke-width=\"0.75\"/>");
            if (band.Letter is { } letter && right - left >= 12)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(left + right) / 2:0.##}\" y=\"{StripTop + 15:0.##}\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#1b1b1b\">{letter}</text>");
            }
        }

        var rows = Rows;
        for (var i = 0; i < Markers.Count; i++)
        {
            var marker = Markers[i];
            var x = X(marker.Value);
            var labelY = StripTop - 9 - (rows[i] * RowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.##}\" x2=\"{x:0.##}\" y1=\"{labelY + 2:0.##}\" y2=\"{StripTop:0.##}\" stroke=\"#505050\" stroke-width=\"0.75\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{x - 4:0.##} {StripTop - 6:0.##} L{x + 4:0.##} {StripTop - 6:0.##} L{x:0.##} {StripTop:0.##} Z\" fill=\"#1b1b1b\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.##}\" y=\"{labelY:0.##}\" text-anchor=\"middle\" fill=\"#1b1b1b\">{marker.Letters}</text>");
        }

        var councilX = X(Council.Value);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{councilX:0.##}\" x2=\"{councilX:0.##}\" y1=\"{StripTop - 4:0.##}\" y2=\"{StripTop + StripHeight + 6:0.##}\" stroke=\"#1d4f91\" stroke-width=\"3\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{councilX:0.##}\" cy=\"{StripTop + (StripHeight / 2):0.##}\" r=\"4.5\" fill=\"#1d4f91\" stroke=\"#fff\" stroke-width=\"1.5\"/>");
        var labelsY = StripTop + StripHeight + 17;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(Bands[0].From):0.##}\" y=\"{labelsY:0.##}\" text-anchor=\"start\" fill=\"#1b1b1b\">{WebUtility.HtmlEncode(LowestLabel)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(Bands[^1].To):0.##}\" y=\"{labelsY:0.##}\" text-anchor=\"end\" fill=\"#1b1b1b\">{WebUtility.HtmlEncode(HighestLabel)}</text>");
        var (anchor, councilLabelX) = CouncilLabelAnchor();
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{councilLabelX:0.##}\" y=\"{labelsY + 16:0.##}\" text-anchor=\"{anchor}\" font-weight=\"bold\" fill=\"#1d4f91\">{WebUtility.HtmlEncode(CouncilLabel)}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>"This council 77.5": the council marker's label, compact as the scale's end labels.</summary>
    public string CouncilLabel => $"This council {Council.Compact}";

    /// <summary>Band fills, lightest for the worst: the letters, not the colours, carry the meaning.</summary>
    public static string BandFill(string? letter) => letter switch
    {
        "A" => "#9ecae1",
        "B" => "#c6dbef",
        "C" => "#deebf7",
        "D" => "#f4f8fc",
        _ => "#e8e8e8",
    };

    // As the theme tables write figures: percentages and money keep their sign, other units are left to the caption.
    private static string Compact(decimal value, Indicator indicator) =>
        indicator.Unit is Unit.Percent or Unit.Currency ? ValueFormatter.Value(indicator.Round(value), indicator) : DisplayText.Bare(value, indicator);

    /// <summary>
    /// Where the council's label goes: centred under its line ("middle") unless that would run off either end of the
    /// chart, then starting or ending near it ("start", "end"), as SVG's text-anchor names them.
    /// </summary>
    public (string Anchor, double X) CouncilLabelAnchor()
    {
        var x = X(Council.Value);
        return x < Width * 0.2 ? ("start", Math.Max(2, x - 6)) : x > Width * 0.8 ? ("end", Math.Min(Width - 2, x + 6)) : ("middle", x);
    }

    // Every attribute value written here is encoded, whatever its source.
    private static string Attribute(string value) => WebUtility.HtmlEncode(value);
}

/// <summary>One of the four quartile bands, from one boundary to the next; <see cref="Letter"/> is null for a context measure.</summary>
public sealed record PositionChartBand(string? Letter, decimal From, decimal To);

/// <summary>
/// A marker on the position chart: the letters drawn above it ("E"; empty for the council's own line), who it is,
/// its period, its value, the value with its unit and the value as the chart writes it (no unit words).
/// </summary>
public sealed record PositionChartMarker(string Letters, string Name, string Period, decimal Value, string Figure, string Compact)
{
    /// <summary>"E: England, 2018/19, 74.7%" or "Line with a dot: this council, September 2019, 77.5%": the marker in the key.</summary>
    public string KeyText => Letters.Length > 0 ? $"{Letters}: {Name}, {Period}, {Figure}" : $"Line with a dot: {Name.ToLowerInvariant()}, {Period}, {Figure}";
}

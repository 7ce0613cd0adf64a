using System.Globalization;
using ScrutinyReports.Domain.Disclosure;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Domain.Reports.Breakdowns;
using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Rendering.Views;

/// <summary>
/// One indicator broken down by one dimension, as the pack shows it: the narrative, a table in the categories' own
/// order (never ranked on their figures), and for a percentage or rate with counts a funnel plot with its caption and
/// the figures behind it. A suppressed category reads as suppressed, with the reason in a note, and is not plotted.
/// </summary>
public sealed class BreakdownView
{
    public BreakdownView(IndicatorEntry entry, BreakdownSection section)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(section);
        var indicator = entry.Analysis.Indicator;
        Indicator = indicator;
        Section = section;
        IndicatorName = indicator.Name;
        IndicatorAnchor = HtmlIds.From("indicator-", indicator.Id);
        Dimension = section.Dimension;
        DimensionHeading = Capital(section.Dimension);
        Anchor = HtmlIds.From("breakdown-", $"{indicator.Id}-{section.Dimension}");
        Heading = $"{indicator.Name} by {section.Dimension}";
        Period = indicator.PeriodLabel(section.Period);
        PreviousPeriod = indicator.ShortPeriodLabel(section.PreviousPeriod);
        LatestHeading = $"Latest, {indicator.ShortPeriodLabel(section.Period)}";
        ChangeHeading = $"Change since {PreviousPeriod}";
        CountsHeading = indicator.Unit == Unit.Percent ? "Number out of" : "Number and population";
        Narrative = section.Narrative;
        var skipped = section.Funnel?.Skipped.ToDictionary(s => s.Name, s => s.Reason, StringComparer.Ordinal) ?? [];
        Rows = section.Categories.Select(row => Row(indicator, row, section.Funnel is not null, skipped)).ToList();
        HasCounts = section.Categories.Any(row => row.Numerator is not null || row.Denominator is not null);
        TableCaption = $"{indicator.Name} by {section.Dimension}, {Period}, in the categories' own order (not ranked)";
        Notes = SuppressionNotes(section);
        Disproportionality = section.Disproportionality is { } part
            ? new DisproportionalityView(indicator, part, section.Dimension, Period, HtmlIds.From("population-", $"{indicator.Id}-{section.Dimension}"))
            : null;

        Funnel = FunnelChart.For(indicator, section.Funnel, HtmlIds.From("funnel-", $"{indicator.Id}-{section.Dimension}"),
            $"{indicator.Name} by {section.Dimension}, {Period}: funnel plot");
        FunnelSvg = Funnel is null ? TrustedHtml.Empty : new TrustedHtml(Funnel.Svg());
        if (section.Funnel is { } funnel && Funnel is not null)
        {
            var target = ValueFormatter.Value(indicator.Round((decimal)funnel.Target), indicator);
            var notPlotted = Rows.Where(r => !r.IsPlotted).Select(r => $"{r.Category} ({r.NotPlottedReason})").ToList();
            FunnelCaption = $"Spiegelhalter funnel plot; limits at 95% and 99.8%. Each {section.Dimension}'s figure for {Period} against its {(funnel.Measure == FunnelMeasure.Proportion ? "denominator (the number it is out of)" : "population")}, " +
                            $"around the whole authority's {target}. A {section.Dimension} inside the 95% limits differs from the whole authority by no more than chance variation would explain; one outside the 99.8% limits, by more. " +
                            (funnel.Measure == FunnelMeasure.Proportion ? "Limits by the Wilson score method." : "Limits from the exact Poisson distribution.") +
                            (notPlotted.Count > 0 ? $" Not plotted: {string.Join("; ", notPlotted)}." : string.Empty);
            FunnelLegend =
            [
                $"Solid black line: the whole authority, {target}",
                "Dashed curves: the 95% limits; solid grey curves: the 99.8% limits",
                "Dot: inside the 95% limits; ring: between the 95% and 99.8% limits; triangle with a bold label: outside the 99.8% limits (pointing up when above, down when below)",
            ];
            var values = section.Categories.ToDictionary(r => r.Category, r => r.Value, StringComparer.Ordinal);
            FunnelKey = funnel.Points.Select(point => new FunnelKeyRow(
                point.Name,
                values.GetValueOrDefault(point.Name) is { } shown ? ValueFormatter.Value(shown, indicator) : ValueFormatter.Value(indicator.Round((decimal)point.Value), indicator),
                point.Denominator.ToString("#,##0", CultureInfo.InvariantCulture),
                Limits(point.Limits.Lower95, point.Limits.Upper95, indicator),
                Limits(point.Limits.Lower998, point.Limits.Upper998, indicator),
                PositionText(point.Position))).ToList();
        }
    }

    /// <summary>The indicator, for renderers that need its unit (the spreadsheet); templates use the strings.</summary>
    public Indicator Indicator { get; }

    /// <summary>The section behind the view, for renderers that write numbers (the spreadsheet).</summary>
    public BreakdownSection Section { get; }

    public string IndicatorName { get; }

    /// <summary>The anchor of the indicator in its theme, to link back to.</summary>
    public string IndicatorAnchor { get; }

    public string Dimension { get; }

    /// <summary>The dimension as a column heading: "Team".</summary>
    public string DimensionHeading { get; }

    public string Anchor { get; }

    /// <summary>"Children seen within 5 working days by team".</summary>
    public string Heading { get; }

    /// <summary>The period the breakdown is for, in full: "September 2019".</summary>
    public string Period { get; }

    public string PreviousPeriod { get; }

    public string LatestHeading { get; }

    public string ChangeHeading { get; }

    public string CountsHeading { get; }

    /// <summary>The sentence naming units outside the 99.8% limits; empty when there is no funnel comparison.</summary>
    public string Narrative { get; }

    public bool HasNarrative => Narrative.Length > 0;

    public string TableCaption { get; }

    /// <summary>A row per category, in the categories' declared order (or by name): never ranked on their figures.</summary>
    public IReadOnlyList<BreakdownRowView> Rows { get; }

    /// <summary>Whether any row has a count or denominator to show (a count indicator's breakdown has none).</summary>
    public bool HasCounts { get; }

    /// <summary>Why each kind of suppressed figure in the table is not shown; empty when none is.</summary>
    public IReadOnlyList<string> Notes { get; }

    public FunnelChart? Funnel { get; }

    /// <summary>The breakdown against the child population (age band or sex); null without one.</summary>
    public DisproportionalityView? Disproportionality { get; }

    public bool HasDisproportionality => Disproportionality is not null;

    public bool HasFunnel => Funnel is not null;

    /// <summary>The funnel plot as inline SVG (empty without one), safe to output raw.</summary>
    public TrustedHtml FunnelSvg { get; }

    public string FunnelTitle => Funnel?.Title ?? string.Empty;

    /// <summary>The id of the funnel plot's caption, which the SVG names as its description.</summary>
    public string FunnelCaptionId => Funnel is { } chart ? $"{chart.Id}-caption" : string.Empty;

    /// <summary>The method, period, whole-authority figure and what is not plotted.</summary>
    public string FunnelCaption { get; } = string.Empty;

    /// <summary>What each line and shape of the plot means.</summary>
    public IReadOnlyList<string> FunnelLegend { get; } = [];

    /// <summary>Each plotted unit's figure, denominator and limits: the plot's text alternative.</summary>
    public IReadOnlyList<FunnelKeyRow> FunnelKey { get; } = [];

    /// <summary>How many units lie outside the 99.8% limits.</summary>
    public int FlaggedCount => Rows.Count(r => r.IsOutlier);

    /// <summary>"Inside the 95% limits", "Between the 95% and 99.8% limits (above)", "Outside the 99.8% limits (below)".</summary>
    public static string PositionText(FunnelPosition position) => position switch
    {
        FunnelPosition.Above998 => "Outside the 99.8% limits (above)",
        FunnelPosition.Below998 => "Outside the 99.8% limits (below)",
        FunnelPosition.Above95 => "Between the 95% and 99.8% limits (above)",
        FunnelPosition.Below95 => "Between the 95% and 99.8% limits (below)",
        _ => "Inside the 95% limits",
    };

    /// <summary>The word a suppressed cell shows, by why it is suppressed.</summary>
    public static string SuppressedText(CellProtection protection) =>
        protection == CellProtection.Secondary ? "Suppressed (protects another figure)" : "Suppressed (small numbers)";

    private static BreakdownRowView Row(Indicator indicator, BreakdownRow row, bool hasFunnel, Dictionary<string, string> skipped)
    {
        var suppressed = row.Status == ObservationStatus.Suppressed || row.Protection is CellProtection.Primary or CellProtection.Secondary;
        if (suppressed)
        {
            var word = SuppressedText(row.Protection);
            return new BreakdownRowView(row.Category, word, "Not shown (suppressed)", "Suppressed", hasFunnel ? "Not plotted (suppressed)" : string.Empty, string.Empty, true, false, false, "suppressed");
        }

        var latest = row.Status switch
        {
            null => "No figure received",
            ObservationStatus.NotAvailable => "Not available",
            _ when row.Value is not { } value => "No figure received",
            ObservationStatus.Provisional => ValueFormatter.Value(row.Value.Value, indicator) + " (provisional)",
            _ => ValueFormatter.Value(row.Value.Value, indicator),
        };
        var change = row.Change switch
        {
            null => "No figure to compare",
            0 => "No change",
            { } c => $"{(c > 0 ? "+" : "−")}{ValueFormatter.Number(Math.Abs(c), indicator.Decimals)}{(indicator.Unit == Unit.Percent ? " pts" : string.Empty)}",
        };
        var plotted = row.Flag is not null;
        var reason = plotted ? string.Empty : skipped.GetValueOrDefault(row.Category) ?? "no figure was received";
        var position = row.Flag is { } flag ? PositionText(flag) : hasFunnel ? $"Not plotted: {reason}" : string.Empty;
        var symbol = row.Flag switch
        {
            FunnelPosition.Above998 => "▲",
            FunnelPosition.Below998 => "▼",
            FunnelPosition.Above95 or FunnelPosition.Below95 => "○",
            FunnelPosition.Within => "●",
            _ => string.Empty,
        };
        return new BreakdownRowView(row.Category, latest, change, Counts(indicator, row), position, symbol, false, row.Flag is FunnelPosition.Above998 or FunnelPosition.Below998, plotted, reason);
    }

    private static string Counts(Indicator indicator, BreakdownRow row)
    {
        static string Whole(decimal n) => ValueFormatter.Number(n, decimal.IsInteger(n) ? 0 : ValueFormatter.DecimalsOf(n));
        return (row.Numerator, row.Denominator) switch
        {
            ({ } n, { } d) when indicator.Unit == Unit.Percent => $"{Whole(n)} out of {Whole(d)}",
            ({ } n, { } d) => $"{Whole(n)} in a population of {Whole(d)}",
            ({ } n, null) => Whole(n),
            (null, { } d) => $"Out of {Whole(d)}",
            _ => "Not given",
        };
    }

    private static List<string> SuppressionNotes(BreakdownSection section)
    {
        var notes = new List<string>();
        if (section.Categories.Any(r => r.Protection == CellProtection.Primary || (r.Status == ObservationStatus.Suppressed && r.Protection != CellProtection.Secondary)))
        {
            notes.Add("Suppressed (small numbers): the figure rests on so few children that they could be identified, so it is not published.");
        }

        if (section.Categories.Any(r => r.Protection == CellProtection.Secondary))
        {
            notes.Add($"Suppressed (protects another figure): not a small number itself, but withheld so that a suppressed figure cannot be worked out by subtraction from the whole-authority total and the other figures of the table (secondary suppression).");
        }

        return notes;
    }

    private static string Limits(double lower, double upper, Indicator indicator)
    {
        var decimals = indicator.Decimals + 1;
        decimal Rounded(double value) => Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
        return indicator.Unit is Unit.Percent or Unit.Currency
            ? $"{ValueFormatter.Value(Rounded(lower), indicator.Unit, decimals)} to {ValueFormatter.Value(Rounded(upper), indicator.Unit, decimals)}"
            : $"{ValueFormatter.Number(Rounded(lower), decimals)} to {ValueFormatter.Value(Rounded(upper), indicator.Unit, decimals)}";
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>
/// A category's row of a breakdown table, as shown: <see cref="Latest"/> with its unit, or "Suppressed (…)";
/// <see cref="Position"/> against the funnel's limits in words, with <see cref="Symbol"/> the plot's shape for it.
/// </summary>
public sealed record BreakdownRowView(string Category, string Latest, string Change, string Counts, string Position, string Symbol,
    bool IsSuppressed, bool IsOutlier, bool IsPlotted, string NotPlottedReason);

/// <summary>A plotted unit's figure, denominator and control limits, with units, for the funnel plot's key.</summary>
public sealed record FunnelKeyRow(string Category, string Value, string Denominator, string Limits95, string Limits998, string Position);

using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Reports;

namespace ScrutinyReports.Rendering.Views;

/// <summary>One indicator as templates see it: display strings only, already formatted. Templates escape every value.</summary>
public sealed class IndicatorRowView
{
    /// <param name="isRevised">
    /// Whether the figure for a period was revised since first received; every figure so marked reads "(revised)".
    /// Null when nothing was revised.
    /// </param>
    public IndicatorRowView(IndicatorEntry entry, Func<ReportingPeriod, bool>? isRevised = null, string qualityNote = "")
    {
        ArgumentNullException.ThrowIfNull(entry);
        isRevised ??= _ => false;
        string Mark(ReportingPeriod period, Observation? figure) => figure is not null && isRevised(period) ? " (revised)" : string.Empty;
        var analysis = entry.Analysis;
        var indicator = analysis.Indicator;
        Analysis = analysis;
        Entry = entry;
        Id = indicator.Id;
        Anchor = HtmlIds.From("indicator-", indicator.Id);
        Name = indicator.Name;
        Definition = indicator.Definition;
        GoodDirection = DisplayText.GoodDirection(indicator.Polarity);
        Period = indicator.ShortPeriodLabel(analysis.Period);
        IsRevised = isRevised(analysis.Period);
        HasRevisedFigure = analysis.ShownPeriods.Any(isRevised);
        QualityNote = qualityNote;
        Latest = DisplayText.Figure(analysis.Current, indicator) + (IsRevised ? " (revised)" : string.Empty);
        Outturns = analysis.Outturns
            .Select(outturn => new FigureView(outturn.Label(indicator), DisplayText.Compact(outturn.Observation, indicator) + Mark(outturn.Period, outturn.Observation)))
            .ToList();
        PreviousPeriod = indicator.ShortPeriodLabel(analysis.Previous.Period);
        Previous = DisplayText.Figure(analysis.Previous.Earlier, indicator) + Mark(analysis.Previous.Period, analysis.Previous.Earlier);
        Change = DisplayText.Change(analysis.Previous, indicator);
        Direction = DisplayText.Direction(analysis.Previous.Direction);
        YearAgoPeriod = indicator.ShortPeriodLabel(analysis.YearAgo.Period);
        YearAgo = DisplayText.Figure(analysis.YearAgo.Earlier, indicator) + Mark(analysis.YearAgo.Period, analysis.YearAgo.Earlier);
        YearChange = DisplayText.Change(analysis.YearAgo, indicator);
        YearDirection = DisplayText.Direction(analysis.YearAgo.Direction);
        Target = DisplayText.Target(indicator);
        TargetAndTolerance = DisplayText.TargetAndTolerance(indicator);
        Rag = DisplayText.RagWord(analysis.Rag);
        RagSymbol = DisplayText.RagSymbol(analysis.Rag);
        RagCode = ReportCodes.Rag(analysis.Rag);
        Status = ReportCodes.Status(analysis);
        IsProvisional = analysis.Current?.Status == ObservationStatus.Provisional;
        Narrative = entry.Narrative;
        Commentary = analysis.Current?.Commentary ?? string.Empty;
        ComparatorLines = ComparatorParts(entry, indicator);
        Comparators = ComparatorLines.Count == 0 ? "None published" : string.Join("; ", ComparatorLines);
        Comparison = entry.Comparison;
        History = analysis.History
            .Select(point => new FigureView(indicator.ShortPeriodLabel(point.Period), DisplayText.Figure(point.Observation, indicator) + Mark(point.Period, point.Observation)))
            .ToList();
        Chart = TrendChart.For(entry);
        ChartSvg = new TrustedHtml(Chart.Svg());
        var spc = entry.QualifyingSpc;
        HasSpc = spc is not null;
        VariationText = spc is null ? SpcAbsence(entry) : SpcIcons.VariationText(spc.Variation);
        VariationIcon = spc is null ? TrustedHtml.Empty : new TrustedHtml(SpcIcons.Variation(spc.Variation));
        AssuranceText = spc is null ? string.Empty : SpcIcons.AssuranceText(spc.Assurance);
        AssuranceIcon = spc is null ? TrustedHtml.Empty : new TrustedHtml(SpcIcons.Assurance(spc.Assurance));
        ChartFigures = spc is null
            ? History.Select(figure => new ChartFigureView(figure.Period, figure.Figure, string.Empty)).ToList()
            : spc.Points.Select(point => new ChartFigureView(
                indicator.ShortPeriodLabel(point.Period),
                (point.Value is { } value ? Domain.Formatting.ValueFormatter.Value(value, indicator) : "No figure") + (point.Value is not null && isRevised(point.Period) ? " (revised)" : string.Empty),
                ChartNote(spc, point))).ToList();
        Position = PositionChart.For(entry);
        PositionSvg = Position is null ? TrustedHtml.Empty : new TrustedHtml(Position.Svg());
    }

    /// <summary>The entry behind the row, for renderers that draw (the PDF) and the spreadsheet; templates use the strings.</summary>
    public IndicatorEntry Entry { get; }

    /// <summary>The analysis behind the row, for renderers that draw (the PDF); templates use the strings.</summary>
    public IndicatorAnalysis Analysis { get; }

    public string Id { get; }

    public string Anchor { get; }

    public string Name { get; }

    public string Definition { get; }

    public string GoodDirection { get; }

    public string Period { get; }

    public string Latest { get; }

    /// <summary>
    /// The last three financial years before the latest period, oldest first, each labelled by what its figure is:
    /// "2018/19 outturn", "Mar 2019", or "Sep 2016" where no year-end figure was received (see <see cref="Outturn"/>).
    /// </summary>
    public IReadOnlyList<FigureView> Outturns { get; }

    public string PreviousPeriod { get; }

    public string Previous { get; }

    public string Change { get; }

    public string Direction { get; }

    public string YearAgoPeriod { get; }

    public string YearAgo { get; }

    public string YearChange { get; }

    public string YearDirection { get; }

    public string Target { get; }

    /// <summary>The target with the band that rates amber: "At least 70% (amber from 65%)"; "No target" without one.</summary>
    public string TargetAndTolerance { get; }

    public string Rag { get; }

    public string RagSymbol { get; }

    public string RagCode { get; }

    public string Status { get; }

    public bool IsProvisional { get; }

    /// <summary>The latest figure replaced an earlier upload's: marked "(revised)" and listed under data quality.</summary>
    public bool IsRevised { get; }

    /// <summary>Some figure the row shows (latest, earlier periods or the trend history) is marked "(revised)".</summary>
    public bool HasRevisedFigure { get; }

    /// <summary>
    /// The data-quality warnings on the latest figure, as text for beside it ("Data-quality check: unusual change; see
    /// Data quality"); empty when there are none.
    /// </summary>
    public string QualityNote { get; }

    public bool HasQualityNote => QualityNote.Length > 0;

    public string Narrative { get; }

    public string Commentary { get; }

    /// <summary>Each comparator with its figure and period, and the published position, for the table: "None published" when there are none.</summary>
    public string Comparators { get; }

    /// <summary>The same, one comparator a line ("England 2018/19: 22.6%"); empty when none was published.</summary>
    public IReadOnlyList<string> ComparatorLines { get; }

    public bool HasComparators => ComparatorLines.Count > 0;

    /// <summary>The sentences comparing the figure with comparators and its own past; empty when there are none.</summary>
    public string Comparison { get; }

    /// <summary>The figures the trend chart draws, oldest first: also its data table.</summary>
    public IReadOnlyList<FigureView> History { get; }

    public TrendChart Chart { get; }

    /// <summary>What the SPC chart's lines and marks mean, for under the chart.</summary>
    public string ChartKey { get; } = "Chart key: solid grey line, the average; dotted purple lines, the process limits; dashed orange line, the target; a solid vertical line, a declared change of process (a new baseline); squares, special-cause figures (blue improving, orange concerning, purple a context measure higher or lower); a dot, the latest figure.";

    /// <summary>The indicator has an SPC chart with process limits; the icons and their words are set.</summary>
    public bool HasSpc { get; }

    /// <summary>The variation icon's words, or why there is no SPC chart ("Annual: no SPC chart").</summary>
    public string VariationText { get; }

    public TrustedHtml VariationIcon { get; }

    /// <summary>The assurance icon's words; empty without an SPC chart.</summary>
    public string AssuranceText { get; }

    public TrustedHtml AssuranceIcon { get; }

    /// <summary>The figures the chart draws with, for an SPC chart, each figure's signal and each baseline's mean and limits.</summary>
    public IReadOnlyList<ChartFigureView> ChartFigures { get; }

    private static string SpcAbsence(IndicatorEntry entry) => entry.Spc switch
    {
        null when entry.Analysis.Indicator.Frequency == Domain.Periods.Frequency.Annual => "No SPC chart for an annual indicator",
        null when entry.Analysis.Indicator.Window != Domain.Periods.MeasureWindow.Period => "No SPC chart: each figure overlaps the one before (a rolling or multi-year figure)",
        null => "No SPC chart: no figures",
        { } spc => $"No SPC chart: {spc.Current.Figures} of the {Domain.Statistics.Spc.SpcConstants.MinimumFigures} figures process limits need",
    };

    private static string ChartNote(Domain.Statistics.Spc.SpcAnalysis spc, Domain.Statistics.Spc.SpcPoint point)
    {
        var indicator = spc.Indicator;
        var baseline = spc.Baselines.Last(b => b.From <= point.Period);
        var parts = new List<string>();
        if (baseline.From == point.Period && baseline.Reason is { } reason)
        {
            parts.Add($"New baseline: {reason}");
        }

        if (baseline.Limits is { } limits && baseline.From == point.Period)
        {
            string V(decimal value) => Domain.Formatting.ValueFormatter.Value(indicator.Round(value), indicator);
            parts.Add($"average {V(limits.Mean)}, limits {V(limits.Lower)} to {V(limits.Upper)}");
        }

        if (point.Rule is { } rule)
        {
            parts.Add($"Special cause ({(point.Side == Domain.Statistics.Spc.SpcSide.Higher ? "higher" : "lower")}): {Domain.Narrative.SpcWording.Rule(rule).ToLowerInvariant()}");
        }

        return string.Join("; ", parts);
    }

    private static List<string> ComparatorParts(IndicatorEntry entry, Domain.Indicators.Indicator indicator)
    {
        var benchmark = entry.Benchmark;
        if (benchmark.Comparators.Count == 0)
        {
            return [];
        }

        var parts = benchmark.Comparators
            .Where(c => c.Kind != Domain.Comparators.ComparatorKind.SnMedian)
            .Select(c => $"{Short(c)} {c.Period.ShortLabel}: {(c.Value is { } v ? DisplayText.Compact(new Observation(indicator.Id, c.Period, string.Empty, v, ObservationStatus.Validated), indicator) : c.State ?? "Not published")}")
            .ToList();
        if (benchmark.Position is { } position)
        {
            parts.Add($"{char.ToUpperInvariant(position.Label[0])}{position.Label[1..]}, rank {position.Rank} of {position.Count}");
        }

        return parts;
    }

    private static string Short(Domain.Comparators.Comparator comparator) => comparator.Kind switch
    {
        Domain.Comparators.ComparatorKind.SnMean => $"Neighbours (mean of {comparator.N})",
        Domain.Comparators.ComparatorKind.PublishedLocal => "Published here",
        _ => comparator.Name,
    };

    /// <summary>The chart as inline SVG, built from numbers and encoded text only, so templates may output it raw.</summary>
    public TrustedHtml ChartSvg { get; }

    /// <summary>Where the latest figure sits among all authorities; null when no distribution was published for the comparators' year.</summary>
    public PositionChart? Position { get; }

    public bool HasPosition => Position is not null;

    /// <summary>The position chart as inline SVG (empty without one), safe to output raw like <see cref="ChartSvg"/>.</summary>
    public TrustedHtml PositionSvg { get; }

    /// <summary>The id of the position chart's caption, which the SVG names as its description.</summary>
    public string PositionCaptionId => Position is { } chart ? $"{chart.Id}-caption" : string.Empty;

    public string PositionDescription => Position?.Description ?? string.Empty;

    /// <summary>Each marker with who it is, its period and its figure with the unit.</summary>
    public IReadOnlyList<string> PositionKey => Position?.Key.Select(marker => marker.KeyText).ToList() ?? [];
}

/// <summary>A charted figure with its period and, on an SPC chart, what marks it (a signal, a new baseline).</summary>
public sealed record ChartFigureView(string Period, string Figure, string Note);

/// <summary>A figure and the period it belongs to, as shown.</summary>
public sealed record FigureView(string Period, string Figure);

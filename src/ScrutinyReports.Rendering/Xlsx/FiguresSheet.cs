using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Comparisons;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Rendering.Views;
using SpreadCheetah;
using SpreadCheetah.Tables;

namespace ScrutinyReports.Rendering.Xlsx;

/// <summary>
/// The "Figures" sheet: a row per indicator and period the report shows (the latest period, the earlier periods of its
/// trend and the year-end figures of the framework table, oldest first). What the report judges only for the latest period (RAG, direction of travel, comparators,
/// the service's commentary) is on that row alone, which "Latest in report" marks.
/// </summary>
internal static class FiguresSheet
{
    public const string Name = "Figures";

    public static IReadOnlyList<SheetColumn> Columns { get; } =
    [
        new("Indicator id", 22), new("Indicator", 48), new("Theme", 24), new("Period", 12), new("Period start", 12),
        new("Period end", 12), new("Latest in report", 10), new("Value", 12), new("Unit", 20), new("Status", 16),
        new("Revised", 9), new("Target", 22), new("Tolerance", 11), new("RAG", 22), new("Direction since previous period", 16),
        new("Direction since a year earlier", 16), new("England", 11), new("England year", 11), new("Region name", 18),
        new("Region", 11), new("Region year", 11), new("Statistical neighbours (mean)", 14), new("Statistical neighbours year", 12),
        new("Statistical neighbours counted", 12), new("Commentary", 60),
    ];

    public static async Task WriteAsync(Spreadsheet sheet, XlsxStyles styles, ScrutinyReport report, CancellationToken cancellationToken)
    {
        await sheet.StartWorksheetAsync(Name, SheetColumn.Options(Columns), cancellationToken);
        sheet.StartTable(new Table(TableStyle.Medium2, "Figures"));
        await sheet.AddHeaderRowAsync(SheetColumn.Headers(Columns), styles.Header, cancellationToken);
        foreach (var entry in report.Indicators)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var point in Shown(entry.Analysis))
            {
                await sheet.AddRowAsync(Row(styles, report, entry, point), cancellationToken);
            }
        }
    }

    /// <summary>The trend's periods and, where older than the trend, the received figures the framework table shows.</summary>
    internal static IEnumerable<SeriesPoint> Shown(IndicatorAnalysis analysis) =>
        analysis.History
            .Concat(analysis.Outturns
                .Where(outturn => outturn.Observation is not null && analysis.History.All(point => point.Period != outturn.Period))
                .Select(outturn => new SeriesPoint(outturn.Period, outturn.Observation)))
            .OrderBy(point => point.Period);

    private static Cell[] Row(XlsxStyles styles, ScrutinyReport report, IndicatorEntry entry, SeriesPoint point)
    {
        var analysis = entry.Analysis;
        var indicator = analysis.Indicator;
        var latest = point.Period == analysis.Period;
        var number = styles.Number(indicator);
        var row = new CellRow(styles)
            .Text(indicator.Id).Text(indicator.Name).Text(indicator.Theme)
            .Text(indicator.ShortPeriodLabel(point.Period)).Date(PeriodLabels.Start(point.Period, indicator.Window)).Date(point.Period.End)
            .Text(latest ? "Yes" : "No")
            .Number(point.Observation?.Value is { } value ? indicator.Round(value) : null, number)
            .Text(XlsxWords.Unit(indicator.Unit))
            .Text(XlsxWords.Status(analysis with { Current = point.Observation }))
            .Text(point.Observation is not null && report.DataQuality.IsRevised(indicator.Id, point.Period) ? "Yes" : null)
            .Text(DisplayText.Target(indicator))
            .Number(indicator.Target is null ? null : indicator.Tolerance, number);
        if (!latest)
        {
            return row.ToArray();
        }

        var benchmark = entry.Benchmark;
        row.Text(DisplayText.RagWord(analysis.Rag))
            .Text(DisplayText.Direction(analysis.Previous.Direction))
            .Text(DisplayText.Direction(analysis.YearAgo.Direction));
        Comparator(row, benchmark.England, number, named: false);
        Comparator(row, benchmark.Comparators.FirstOrDefault(c => c.Kind == ComparatorKind.Region), number, named: true);
        var neighbours = benchmark.Comparators.FirstOrDefault(c => c.Kind == ComparatorKind.SnMean);
        Comparator(row, neighbours, number, named: false);
        return row.Number(neighbours?.N, styles.Integer)
            .Text(analysis.Current?.Commentary, wrap: true)
            .ToArray();
    }

    private static void Comparator(CellRow row, Comparator? comparator, SpreadCheetah.Styling.StyleId number, bool named)
    {
        if (named)
        {
            row.Text(comparator?.Name);
        }

        row.Number(comparator?.Value, number).Text(comparator?.Period.ShortLabel);
    }
}

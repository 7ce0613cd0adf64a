using ScrutinyReports.Domain.Disclosure;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Reports.Breakdowns;
using ScrutinyReports.Domain.Statistics;
using ScrutinyReports.Rendering.Views;
using SpreadCheetah;
using SpreadCheetah.Tables;

namespace ScrutinyReports.Rendering.Xlsx;

/// <summary>
/// The "Breakdowns" sheet: a row per indicator, dimension and category for the breakdown's period, in the categories'
/// own order as the pack shows them. A suppressed figure is the word "Suppressed" in its value, numerator and
/// denominator cells, never a number; control limits carry one decimal more than the figure, as report.json's do.
/// A breakdown by age band or sex set against the child population fills the last columns: shares to one decimal,
/// the ratio and its 95% interval to two, as report.json has them; left blank for a group not compared.
/// </summary>
internal static class BreakdownsSheet
{
    public const string Name = "Breakdowns";

    public const string Suppressed = "Suppressed";

    public static IReadOnlyList<SheetColumn> Columns { get; } =
    [
        new("Indicator id", 22), new("Indicator", 44), new("Dimension", 14), new("Category", 24), new("Period", 14), new("Value", 12),
        new("Unit", 20), new("Numerator", 12), new("Denominator", 13), new("Status", 26), new("Lower 95% limit", 12), new("Upper 95% limit", 12),
        new("Lower 99.8% limit", 12), new("Upper 99.8% limit", 12), new("Against the whole authority", 34),
        new("Share of those counted (%)", 14), new("Share of the child population (%)", 16), new("Ratio to the population", 12),
        new("Ratio lower 95%", 12), new("Ratio upper 95%", 12), new("Compared with the child population", 30), new("Population estimate", 14),
    ];

    public static async Task WriteAsync(Spreadsheet sheet, XlsxStyles styles, PanelPackView pack, CancellationToken cancellationToken)
    {
        await sheet.StartWorksheetAsync(Name, SheetColumn.Options(Columns), cancellationToken);
        sheet.StartTable(new Table(TableStyle.Medium2, Name));
        await sheet.AddHeaderRowAsync(SheetColumn.Headers(Columns), styles.Header, cancellationToken);
        foreach (var breakdown in pack.Breakdowns)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var row in breakdown.Section.Categories)
            {
                await sheet.AddRowAsync(Row(styles, breakdown, row), cancellationToken);
            }
        }
    }

    private static Cell[] Row(XlsxStyles styles, BreakdownView breakdown, BreakdownRow row)
    {
        var indicator = breakdown.Indicator;
        var number = styles.Number(indicator);
        var limit = styles.Number(indicator.Unit, indicator.Decimals + 1);
        var cells = new CellRow(styles)
            .Text(indicator.Id).Text(indicator.Name).Text(breakdown.Dimension).Text(row.Category).Text(indicator.ShortPeriodLabel(breakdown.Section.Period));
        var suppressed = row.Status == ObservationStatus.Suppressed || row.Protection is CellProtection.Primary or CellProtection.Secondary;
        if (suppressed)
        {
            cells.Text(Suppressed).Text(XlsxWords.Unit(indicator.Unit)).Text(Suppressed).Text(Suppressed).Text(BreakdownView.SuppressedText(row.Protection));
        }
        else
        {
            cells.Number(row.Value, number).Text(XlsxWords.Unit(indicator.Unit)).Number(row.Numerator, styles.Integer).Number(row.Denominator, styles.Integer).Text(Status(row.Status));
        }

        decimal? Limit(Func<FunnelLimits, double> pick) =>
            row.Limits is { } limits ? Math.Round((decimal)pick(limits), indicator.Decimals + 1, MidpointRounding.AwayFromZero) : null;
        cells.Number(Limit(l => l.Lower95), limit).Number(Limit(l => l.Upper95), limit).Number(Limit(l => l.Lower998), limit).Number(Limit(l => l.Upper998), limit)
            .Text(row.Flag is { } flag ? BreakdownView.PositionText(flag) : breakdown.HasFunnel ? (suppressed ? "Not plotted (suppressed)" : "Not plotted") : null);
        return Compared(styles, cells, breakdown.Section.Disproportionality, row.Category).ToArray();
    }

    private static CellRow Compared(XlsxStyles styles, CellRow cells, BreakdownDisproportionality? part, string category)
    {
        static decimal Round(double value, int decimals) => Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
        var share = styles.Number(Domain.Indicators.Unit.Score, 1);
        var ratio = styles.Number(Domain.Indicators.Unit.Score, 2);
        var estimate = part?.EstimateYear is { } year ? $"mid-{year}" : null;
        if (part?.Groups.FirstOrDefault(g => g.Name == category) is { } group)
        {
            return cells.Number(Round(group.CohortShare, 1), share).Number(Round(group.PopulationShare, 1), share).Number(Round(group.Ratio, 2), ratio)
                .Number(Round(group.Interval.Lower, 2), ratio).Number(Round(group.Interval.Upper, 2), ratio).Text(DisproportionalityView.Verdict(group.Representation)).Text(estimate);
        }

        var why = part switch
        {
            null => null,
            { Withheld: not null } => "Not compared",
            _ when part.Suppressed.Contains(category) => "Not compared (suppressed)",
            _ when part.WithoutBase.Any(g => g.Category == category) => "Not compared (no population estimate)",
            _ => null,
        };
        return cells.Number(null, share).Number(null, share).Number(null, ratio).Number(null, ratio).Number(null, ratio).Text(why).Text(why is null ? null : estimate);
    }

    private static string Status(ObservationStatus? status) => status switch
    {
        null => "No figure received",
        ObservationStatus.Validated => "Final",
        ObservationStatus.Provisional => "Provisional",
        _ => "Not available",
    };
}

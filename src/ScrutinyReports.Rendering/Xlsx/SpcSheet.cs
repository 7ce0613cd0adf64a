using ScrutinyReports.Domain.Narrative;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Domain.Statistics.Spc;
using SpreadCheetah;
using SpreadCheetah.Tables;

namespace ScrutinyReports.Rendering.Xlsx;

/// <summary>
/// The "SPC" sheet: a row per indicator with process limits, giving its current baseline, mean and limits (to the
/// indicator's decimals plus two, as report.json), what its variation and assurance icons say, and every special
/// cause of the current baseline with its periods. Indicators without process limits are left out.
/// </summary>
internal static class SpcSheet
{
    public const string Name = "SPC";

    public static IReadOnlyList<SheetColumn> Columns { get; } =
    [
        new("Indicator id", 22), new("Indicator", 48), new("Baseline from", 14), new("Change of process", 30), new("Figures in baseline", 10),
        new("Mean", 12), new("Lower process limit", 12), new("Upper process limit", 12), new("Variation", 44), new("Assurance", 36),
        new("Special causes in the baseline", 90),
    ];

    public static async Task WriteAsync(Spreadsheet sheet, XlsxStyles styles, ScrutinyReport report, CancellationToken cancellationToken)
    {
        await sheet.StartWorksheetAsync(Name, SheetColumn.Options(Columns), cancellationToken);
        sheet.StartTable(new Table(TableStyle.Medium2, "SPC"));
        await sheet.AddHeaderRowAsync(SheetColumn.Headers(Columns), styles.Header, cancellationToken);
        foreach (var spc in report.Indicators.Select(entry => entry.QualifyingSpc).OfType<SpcAnalysis>())
        {
            var indicator = spc.Indicator;
            var decimals = indicator.Decimals + 2;
            decimal Shown(decimal value) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
            var signals = spc.CurrentSignals.Select(signal =>
                $"{SpcWording.Rule(signal.Rule)} ({(signal.Side == SpcSide.Higher ? "higher" : "lower")}): " +
                (signal.Periods.Count == 1 ? indicator.ShortPeriodLabel(signal.Periods[0]) : $"{indicator.ShortPeriodLabel(signal.Periods[0])} to {indicator.ShortPeriodLabel(signal.Last)}"));
            await sheet.AddRowAsync(new CellRow(styles)
                .Text(indicator.Id).Text(indicator.Name)
                .Text(indicator.ShortPeriodLabel(spc.Current.From)).Text(spc.Current.Reason ?? string.Empty)
                .Number(spc.Current.Figures, styles.Integer)
                .Number(Shown(spc.Limits.Mean), styles.Number(indicator.Unit, decimals))
                .Number(Shown(spc.Limits.Lower), styles.Number(indicator.Unit, decimals))
                .Number(Shown(spc.Limits.Upper), styles.Number(indicator.Unit, decimals))
                .Text(SpcWording.Variation(spc.Variation)).Text(SpcWording.Assurance(spc.Assurance))
                .Text(string.Join("; ", signals), wrap: true)
                .ToArray(), cancellationToken);
        }
    }
}

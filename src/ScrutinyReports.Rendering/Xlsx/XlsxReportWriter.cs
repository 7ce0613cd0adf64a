using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Rendering.Views;
using SpreadCheetah;
using SpreadCheetah.Metadata;

namespace ScrutinyReports.Rendering.Xlsx;

/// <summary>
/// Writes report.xlsx with SpreadCheetah, streaming to the stream handed in: "Figures" (a row per indicator and period
/// the report shows, as a filterable table), "Breakdowns" when the report has any, "Definitions" and "About". Values are numbers rounded as the report shows
/// them, with a number format for their unit; period starts and ends are dates; every text cell is a string cell, with
/// formula-like text neutralised (<see cref="SpreadsheetText"/>). Thread-safe: each call has its own workbook.
/// The file is not byte-for-byte repeatable (the workbook records when it was written), which publication does not
/// need: a version is written once.
/// </summary>
public static class XlsxReportWriter
{
    public static async Task WriteAsync(ScrutinyReport report, int version, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        var pack = new PanelPackView(report);
        var options = new SpreadCheetahOptions
        {
            // Optional in the standard, but some readers place cells only by their reference.
            WriteCellReferenceAttributes = true,
            DocumentProperties = new DocumentProperties
            {
                Title = SpreadsheetText.Neutralise($"{pack.Title}: {pack.PanelName}"),
                Author = SpreadsheetText.Neutralise(pack.Council.Length > 0 ? pack.Council : pack.PanelName),
                Subject = $"Children's services performance for {pack.Period}",
            },
        };
        await using var sheet = await Spreadsheet.CreateNewAsync(output, options, cancellationToken);
        var styles = new XlsxStyles(sheet);
        await FiguresSheet.WriteAsync(sheet, styles, report, cancellationToken);
        if (pack.HasBreakdowns)
        {
            await BreakdownsSheet.WriteAsync(sheet, styles, pack, cancellationToken);
        }

        await DefinitionsSheet.WriteAsync(sheet, styles, report, cancellationToken);
        await SpcSheet.WriteAsync(sheet, styles, report, cancellationToken);
        await FollowUpSheet.WriteAsync(sheet, styles, report, cancellationToken);
        await AboutSheet.WriteAsync(sheet, styles, report, pack, version, cancellationToken);
        await sheet.FinishAsync(cancellationToken);
    }
}

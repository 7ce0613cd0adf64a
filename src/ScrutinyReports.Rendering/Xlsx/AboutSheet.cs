using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Rendering.Views;
using SpreadCheetah;

namespace ScrutinyReports.Rendering.Xlsx;

/// <summary>The "About" sheet: which report this is, when it was made, and that the HTML report is the accessible format.</summary>
internal static class AboutSheet
{
    public const string Name = "About";

    private static readonly SheetColumn[] Columns = [new("About this spreadsheet", 28), new(string.Empty, 100)];

    public static async Task WriteAsync(Spreadsheet sheet, XlsxStyles styles, ScrutinyReport report, PanelPackView pack, int version, CancellationToken cancellationToken)
    {
        await sheet.StartWorksheetAsync(Name, SheetColumn.Options(Columns, freezeHeader: false), cancellationToken);
        await sheet.AddRowAsync([new Cell(Columns[0].Header, styles.Header)], cancellationToken);
        async Task Line(string label, Func<CellRow, CellRow> value) =>
            await sheet.AddRowAsync(value(new CellRow(styles).Text(label)).ToArray(), cancellationToken);

        await Line("Report", row => row.Text(pack.Title));
        await Line("Panel", row => row.Text(pack.PanelName));
        await Line("Council", row => row.Text(pack.Council));
        await Line("Period", row => row.Text(pack.Period));
        await Line("Version", row => row.Number(version, styles.Integer));
        await Line("Generated at", row => row.DateTime(report.GeneratedAt));
        await Line("Audience", row => row.Text(pack.Marking));
        await Line("Input fingerprint", row => row.Text(pack.Fingerprint));
        await Line("Accessible format", row => row.Text("The HTML report (report.html) is the accessible format of this report. This spreadsheet repeats its figures for analysis; the PDF is for printing.", wrap: true));
        await Line(FiguresSheet.Name, row => row.Text("A row per indicator and period the report shows: the latest period and the earlier periods of its trend. RAG, direction of travel, comparators and commentary are on the latest period's row only (\"Latest in report\" is Yes). Values are rounded as the report shows them.", wrap: true));
        await Line(DefinitionsSheet.Name, row => row.Text("Each indicator's unit, good direction, target and definition, and where its figures come from.", wrap: true));
        await Line("Text that looks like a formula", row => row.Text("Text from uploads that begins with =, +, - or @ is shown with an apostrophe in front, so that it can never run as a formula.", wrap: true));
    }
}

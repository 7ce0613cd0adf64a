using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Reports;
using ScrutinyReports.Rendering.Views;
using SpreadCheetah;
using SpreadCheetah.Tables;

namespace ScrutinyReports.Rendering.Xlsx;

/// <summary>The "Definitions" sheet: a row per indicator in the report, as the catalogue defines it, and where its figures come from.</summary>
internal static class DefinitionsSheet
{
    public const string Name = "Definitions";

    public static IReadOnlyList<SheetColumn> Columns { get; } =
    [
        new("Indicator id", 22), new("Indicator", 48), new("Theme", 24), new("Unit", 20), new("Decimals", 9),
        new("Good direction", 22), new("Frequency", 11), new("Target", 22), new("Tolerance", 11), new("Definition", 80),
        new("Source", 50),
    ];

    public static async Task WriteAsync(Spreadsheet sheet, XlsxStyles styles, ScrutinyReport report, CancellationToken cancellationToken)
    {
        await sheet.StartWorksheetAsync(Name, SheetColumn.Options(Columns), cancellationToken);
        sheet.StartTable(new Table(TableStyle.Medium2, "Definitions"));
        await sheet.AddHeaderRowAsync(SheetColumn.Headers(Columns), styles.Header, cancellationToken);
        foreach (var entry in report.Indicators)
        {
            var indicator = entry.Analysis.Indicator;
            await sheet.AddRowAsync(new CellRow(styles)
                .Text(indicator.Id).Text(indicator.Name).Text(indicator.Theme).Text(XlsxWords.Unit(indicator.Unit))
                .Number(indicator.Decimals, styles.Integer)
                .Text(DisplayText.GoodDirection(indicator.Polarity)).Text(XlsxWords.Frequency(indicator.Frequency))
                .Text(DisplayText.Target(indicator))
                .Number(indicator.Target is null ? null : indicator.Tolerance, styles.Number(indicator))
                .Text(indicator.Definition, wrap: true)
                .Text(Source(entry), wrap: true)
                .ToArray(), cancellationToken);
        }
    }

    private static string Source(IndicatorEntry entry)
    {
        const string figures = "The council's own figures, as uploaded by the service";
        var published = entry.Benchmark.Comparators.Where(c => c.Kind != ComparatorKind.Manual).Select(c => c.Name).Distinct(StringComparer.Ordinal).ToList();
        var manual = entry.Benchmark.Comparators.Where(c => c.Kind == ComparatorKind.Manual).Select(c => c.Name).Distinct(StringComparer.Ordinal).ToList();
        var parts = new List<string> { figures };
        if (published.Count > 0)
        {
            parts.Add($"comparators published by the Department for Education ({string.Join(", ", published)})");
        }

        if (manual.Count > 0)
        {
            parts.Add($"comparators entered by the council ({string.Join(", ", manual)})");
        }

        return string.Join("; ", parts) + ".";
    }
}

using System.Globalization;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Ingestion.Tables;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>
/// Reads the comparator map (CSV or XLSX), one row per indicator, with columns indicator, file, filters,
/// value_column, scale, period, denominator_file, denominator_filters, denominator_column, denominator_year_offset,
/// decimals and note (headers in any case; only indicator, file and value_column are required). Filters are written
/// "column=value;column=value". Returns every entry or, when any row is wrong, the located errors and no entries.
/// </summary>
public static class ComparatorMapReader
{
    private static readonly string[] Required = ["indicator", "file", "value_column"];

    private static readonly string[] Optional =
    [
        "filters", "scale", "period", "denominator_file", "denominator_filters", "denominator_column",
        "denominator_year_offset", "decimals", "note",
    ];

    public static IReadOnlyList<ComparatorMapEntry> Read(Stream content, string fileName, UploadDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        using var table = TableReaderFactory.TryOpen(content, fileName, diagnostics, NamedColumns.Layout(Required, "the comparator map"));
        if (table is null)
        {
            return [];
        }

        var columns = NamedColumns.ReadHeader(table, fileName, diagnostics, Required, Optional, "the comparator map");
        if (columns is null)
        {
            return [];
        }

        var entries = new List<ComparatorMapEntry>();
        var firstRowOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (table.Read())
        {
            var row = new MapRow(table, columns, fileName, diagnostics);
            if (row.Failed || row.IsBlank || row.Build() is not { } entry)
            {
                continue;
            }

            if (firstRowOf.TryGetValue(entry.IndicatorId, out var first))
            {
                row.Fail("indicator", $"indicator {entry.IndicatorId} is mapped twice, first in row {first}; expected one row per indicator");
                continue;
            }

            firstRowOf[entry.IndicatorId] = table.RowNumber;
            entries.Add(entry);
        }

        return diagnostics.HasErrors ? [] : entries;
    }

    private sealed class MapRow(ITableReader table, Dictionary<string, UploadColumn> columns, string fileName, UploadDiagnostics diagnostics)
        : NamedRow(table, columns, fileName, diagnostics)
    {

        public ComparatorMapEntry? Build()
        {
            var indicator = Required("indicator", "an indicator id such as CLA_RATE");
            var file = Required("file", "the published file's name, such as cla_number_and_rate_per_10k_children.csv");
            var valueColumn = Required("value_column", "the value column's header, such as rate_per_10000");
            var filters = Filters("filters");
            var scale = Scale();
            var period = Period();
            var denominator = Denominator();
            var decimals = Decimals();
            return Failed
                ? null
                : new ComparatorMapEntry(indicator, file, filters!, valueColumn, scale, period, denominator, decimals, Text("note"));
        }

        private string Required(string key, string expected)
        {
            var text = Text(key);
            if (text.Length == 0 || text.Any(char.IsWhiteSpace))
            {
                Fail(key, $"expected {expected}, without spaces; found {Echo.Quote(text)}");
            }

            return text;
        }

        private IReadOnlyList<ComparatorFilter>? Filters(string key)
        {
            var filters = ComparatorFilter.TryParseList(Text(key));
            if (filters is null)
            {
                Fail(key, $"expected filters written column=value;column=value (or blank for none); found {Echo.Quote(Text(key))}");
            }

            return filters;
        }

        private decimal Scale()
        {
            var text = Text("scale");
            if (text.Length == 0)
            {
                return 1m;
            }

            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var scale) && scale > 0)
            {
                return scale;
            }

            Fail("scale", $"expected a multiplier greater than zero, such as 1 or 10000; found {Echo.Quote(text)}");
            return 1m;
        }

        private PublishedPeriodBasis Period()
        {
            var text = Text("period");
            if (text.Length == 0 || text.Equals("year_to_march", StringComparison.OrdinalIgnoreCase))
            {
                return PublishedPeriodBasis.YearToMarch;
            }

            if (text.Equals("year_to_september", StringComparison.OrdinalIgnoreCase))
            {
                return PublishedPeriodBasis.YearToSeptember;
            }

            Fail("period", $"expected year_to_march (the default) or year_to_september; found {Echo.Quote(text)}");
            return PublishedPeriodBasis.YearToMarch;
        }

        private ComparatorDenominator? Denominator()
        {
            var file = Text("denominator_file");
            var column = Text("denominator_column");
            var offsetText = Text("denominator_year_offset");
            if (file.Length == 0 && column.Length == 0 && offsetText.Length == 0 && Text("denominator_filters").Length == 0)
            {
                return null;
            }

            if (file.Length == 0 || column.Length == 0)
            {
                Fail(file.Length == 0 ? "denominator_file" : "denominator_column", "a derived rate needs both denominator_file and denominator_column; expected both or neither");
                return null;
            }

            var offset = 0;
            if (offsetText.Length > 0 && !int.TryParse(offsetText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out offset))
            {
                Fail("denominator_year_offset", $"expected a whole number of years such as -1 or 0; found {Echo.Quote(offsetText)}");
            }

            var filters = Filters("denominator_filters");
            return filters is null ? null : new ComparatorDenominator(file, filters, column, offset);
        }

        private int? Decimals()
        {
            var text = Text("decimals");
            if (text.Length == 0)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var decimals) && decimals <= 6)
            {
                return decimals;
            }

            Fail("decimals", $"expected a whole number of decimal places from 0 to 6, or blank to keep figures as published; found {Echo.Quote(text)}");
            return null;
        }
    }
}

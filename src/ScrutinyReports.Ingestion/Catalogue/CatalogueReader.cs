using System.Globalization;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Ingestion.Tables;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Catalogue;

/// <summary>
/// Reads an indicator catalogue (CSV or XLSX) with columns id, name, theme, unit, polarity, frequency, decimals,
/// target, tolerance, definition, window (optional: rolling_12m, 3_year_average) and process_changes (optional: declared changes of
/// process, "2023-04: new front door; 2024-10: definition change", each starting a new SPC baseline), headers in any case. Returns every indicator or, when any row is wrong, the
/// located errors and no indicators.
/// </summary>
public static class CatalogueReader
{
    private static readonly string[] Required = ["id", "name", "unit", "polarity", "frequency"];
    private static readonly string[] Optional = ["theme", "decimals", "target", "tolerance", "definition", "window", "process_changes"];

    public static IReadOnlyList<Indicator> Read(Stream content, string fileName, UploadDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        using var table = TableReaderFactory.TryOpen(content, fileName, diagnostics, Layout);
        if (table is null)
        {
            return [];
        }

        var columns = FindHeader(table, fileName, diagnostics);
        if (columns is null)
        {
            return [];
        }

        var indicators = new List<Indicator>();
        var firstRowOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        // Uploads find an indicator by its name as well as its id (spaces collapsed, any case), so names must not clash.
        var byName = new Dictionary<string, (string Id, int Row)>(StringComparer.OrdinalIgnoreCase);
        while (table.Read())
        {
            var row = new CatalogueRow(table, columns, fileName, diagnostics);
            if (row.Failed || row.IsBlank)
            {
                continue;
            }

            if (row.Build() is { } indicator)
            {
                if (firstRowOf.TryGetValue(indicator.Id, out var first))
                {
                    row.Fail("id", $"indicator {indicator.Id} is listed twice, first in row {first}; expected each id once");
                    continue;
                }

                var name = string.Join(' ', indicator.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                if (byName.TryGetValue(name, out var other))
                {
                    row.Fail("name", $"the name {Echo.Quote(row.Text("name"))} is also the name of {other.Id}, in row {other.Row}; expected each indicator to have its own name");
                    continue;
                }

                firstRowOf[indicator.Id] = table.RowNumber;
                byName[name] = (indicator.Id, table.RowNumber);
                indicators.Add(indicator);
            }
        }

        if (indicators.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Add(new UploadError(fileName, null, null, null, "the catalogue lists no indicators; expected one row per indicator below the header"));
        }

        return diagnostics.HasErrors ? [] : indicators;
    }

    // A sheet fits when it has a header row, even one with mistakes: those are then reported against it.
    private static SheetLayout Layout { get; } = new(
        "the catalogue's headings (id, name, unit, polarity, frequency)",
        table =>
        {
            var trial = new UploadDiagnostics();
            return FindHeader(table, string.Empty, trial) is not null || trial.Errors.Any(error => error.Row is not null);
        });

    private static Dictionary<string, UploadColumn>? FindHeader(ITableReader table, string fileName, UploadDiagnostics diagnostics)
    {
        for (var searched = 0; searched < UploadLayoutDetector.RowsSearched && table.Read(); searched++)
        {
            var header = HeaderColumns.Read(table, key => Required.Contains(key) || Optional.Contains(key) ? key : null);
            if (!header.Has("id"))
            {
                continue;
            }

            header.CheckRepeats(fileName, diagnostics);
            var columns = new Dictionary<string, UploadColumn>(header.Columns, StringComparer.Ordinal);
            foreach (var missing in Required.Where(key => !columns.ContainsKey(key)))
            {
                diagnostics.Add(new UploadError(fileName, table.RowNumber, null, null, $"missing required column {Echo.Quote(missing)}; a catalogue needs id, name, unit, polarity and frequency"));
            }

            return diagnostics.HasErrors ? null : columns;
        }

        diagnostics.Add(new UploadError(fileName, null, null, null, "no header row found; expected columns id, name, theme, unit, polarity, frequency, decimals, target, tolerance, definition"));
        return null;
    }

    /// <summary>The longest indicator name or theme: each is repeated in every table, chart and e-mail that shows the indicator.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest definition, shown beside the indicator in the pack and the spreadsheet.</summary>
    public const int MaxDefinitionLength = 2_000;

    private sealed class CatalogueRow(ITableReader table, Dictionary<string, UploadColumn> columns, string fileName, UploadDiagnostics diagnostics)
        : NamedRow(table, columns, fileName, diagnostics)
    {
        public Indicator? Build()
        {
            LengthAtMost("name", MaxNameLength);
            LengthAtMost("theme", MaxNameLength);
            LengthAtMost("definition", MaxDefinitionLength);
            var id = Text("id");
            if (!IndicatorIdRule.IsValid(id))
            {
                Fail("id", $"expected {IndicatorIdRule.Expected}; found {Echo.Quote(id)}");
            }

            var name = Text("name");
            if (name.Length == 0)
            {
                Fail("name", "expected a name for the indicator; found a blank");
            }

            var unit = Code<Unit>("unit", CatalogueCodes.TryParseUnit, CatalogueCodes.UnitList);
            var polarity = Code<Polarity>("polarity", CatalogueCodes.TryParsePolarity, CatalogueCodes.PolarityList);
            var frequency = Code<Frequency>("frequency", CatalogueCodes.TryParseFrequency, CatalogueCodes.FrequencyList);
            var window = Code<MeasureWindow>("window", CatalogueCodes.TryParseWindow, $"{CatalogueCodes.WindowList} or a blank");
            var decimals = Decimals(unit);
            var target = polarity is { } p ? Target(p) : null;
            var tolerance = Tolerance(target);
            var changes = ProcessChanges.TryParse(Text("process_changes"), out var changeError);
            if (changes is null)
            {
                Fail("process_changes", $"{changeError}; found {Echo.Quote(Text("process_changes"))}");
            }

            if (Failed || changes is null || unit is null || polarity is null || frequency is null || window is null)
            {
                return null;
            }

            var theme = Text("theme");
            return new Indicator(id, name, theme.Length == 0 ? "General" : theme, unit.Value, polarity.Value, frequency.Value,
                decimals, target, tolerance, Text("definition")) { Window = window.Value, ProcessChanges = changes };
        }

        private void LengthAtMost(string key, int max)
        {
            var text = Text(key);
            if (text.Length > max)
            {
                Fail(key, Echo.TooLong(text, max));
            }
        }

        private T? Code<T>(string key, TryParse<T> parse, string allowed)
            where T : struct
        {
            var text = Text(key);
            if (parse(text, out var value))
            {
                return value;
            }

            Fail(key, $"expected one of {allowed}; found {Echo.Quote(text)}");
            return null;
        }

        private int Decimals(Unit? unit)
        {
            var text = Text("decimals");
            if (text.Length == 0)
            {
                return unit is Unit.Percent or Unit.RatePer10000 or Unit.RatePer1000 or Unit.RatePer100000 or Unit.Score ? 1 : 0;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var decimals) && decimals <= 6)
            {
                return decimals;
            }

            Fail("decimals", $"expected a whole number of decimal places from 0 to 6; found {Echo.Quote(text)}");
            return 0;
        }

        private Target? Target(Polarity polarity)
        {
            var result = TargetPattern.Parse(Text("target"), polarity);
            if (result.Success)
            {
                // A one-sided target on the wrong side would call every worse figure on target; a range fits either polarity.
                var contradiction = (polarity, result.Value) switch
                {
                    (Polarity.LowerIsBetter, { Minimum: not null, Maximum: null }) => ("sets a lowest figure", "<=N"),
                    (Polarity.HigherIsBetter, { Minimum: null, Maximum: not null }) => ("sets a highest figure", ">=N"),
                    _ => default((string Says, string Expected)?),
                };
                if (contradiction is { } c)
                {
                    Fail("target", $"the target {Echo.Quote(Text("target"))} {c.Says}, but {Text("id")} is {CatalogueCodes.Code(polarity)}; expected {c.Expected}, a bare N or a range N-M");
                    return null;
                }

                return result.Value;
            }

            Fail("target", $"expected a target as {result.Expected}; found {Echo.Quote(Text("target"))}");
            return null;
        }

        private decimal Tolerance(Target? target)
        {
            var text = Text("tolerance");
            if (text.Length == 0)
            {
                return 0m;
            }

            if (!decimal.TryParse(text.TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var tolerance))
            {
                Fail("tolerance", $"expected the amber band as a number of zero or more, in the indicator's unit; found {Echo.Quote(text)}");
            }
            else if (target is null && tolerance != 0 && Text("target").Length == 0)
            {
                Fail("tolerance", "a tolerance needs a target; expected the tolerance blank when there is no target");
            }

            return tolerance;
        }

        protected override string Clean(string text) => ValuePattern.Clean(text);

        private delegate bool TryParse<T>(string text, out T value);
    }
}

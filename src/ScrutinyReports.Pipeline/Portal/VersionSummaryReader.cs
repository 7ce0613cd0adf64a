using System.Globalization;
using System.Text.Json;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Pipeline.Portal;

/// <summary>
/// Reads the parts of report.json (schema version 1, docs/report-json.md) that the portal shows. The changes since
/// the previous version come out ready to read: figures with their unit ("35.5%", "1,234", "457 days") and periods
/// by name ("September 2019"), using the indicator's unit, decimals and frequency as the new report gives them.
/// </summary>
internal static class VersionSummaryReader
{
    public static async Task<VersionSummary> ReadAsync(Stream reportJson, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(reportJson, cancellationToken: cancellationToken);
        var root = document.RootElement;
        var indicators = new Dictionary<string, IndicatorFormat>(StringComparer.Ordinal);
        int red = 0, amber = 0, green = 0, notRated = 0, sections = 0, flagged = 0;
        foreach (var indicator in root.GetProperty("indicators").EnumerateArray())
        {
            // Reports written before breakdowns have no "breakdowns" array.
            if (indicator.TryGetProperty("breakdowns", out var breakdowns) && breakdowns.ValueKind == JsonValueKind.Array)
            {
                foreach (var section in breakdowns.EnumerateArray())
                {
                    sections++;
                    flagged += section.GetProperty("categories").EnumerateArray().Count(c => Text(c, "flag") is "above_99_8" or "below_99_8");
                }
            }

            indicators[Text(indicator, "id") ?? ""] = IndicatorFormat.Read(indicator);
            switch (Text(indicator, "rag"))
            {
                case "red": red++; break;
                case "amber": amber++; break;
                case "green": green++; break;
                default: notRated++; break;
            }
        }

        int? previous = null;
        var changes = new List<VersionChangeText>();
        if (root.TryGetProperty("changesSincePreviousVersion", out var since) && since.ValueKind == JsonValueKind.Object)
        {
            previous = since.GetProperty("previousVersion").GetInt32();
            foreach (var change in since.GetProperty("changes").EnumerateArray())
            {
                changes.Add(Readable(change, indicators));
            }
        }

        return new VersionSummary(
            root.GetProperty("panel").GetProperty("name").GetString() ?? "",
            Text(root, "periodLabel") ?? Text(root, "period") ?? "",
            Text(root, "audience") == "public",
            new RagCounts(red, amber, green, notRated),
            previous,
            changes)
        {
            Breakdowns = new BreakdownCounts(sections, flagged),
        };
    }

    /// <summary>
    /// A change with its indicator named and its values written for reading. An indicator the new report no longer
    /// lists (one removed) keeps its id and the values as given.
    /// </summary>
    private static VersionChangeText Readable(JsonElement change, Dictionary<string, IndicatorFormat> indicators)
    {
        var id = Text(change, "indicator") ?? "";
        var field = Text(change, "field") ?? "";
        var old = Text(change, "old");
        var @new = Text(change, "new");
        if (!indicators.TryGetValue(id, out var indicator))
        {
            return new VersionChangeText(id, field, old, @new);
        }

        return field switch
        {
            "value" => new VersionChangeText(indicator.Name, field, indicator.Value(old), indicator.Value(@new)),
            "period" => new VersionChangeText(indicator.Name, field, indicator.Period(old), indicator.Period(@new)),

            // "indicator" (added/removed), "status" and "rag" hold codes that ChangeWording words; "comparators" has no values.
            _ => new VersionChangeText(indicator.Name, field, old, @new),
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;

    /// <summary>What report.json says about an indicator that its changes need to be read: name, unit, decimals and frequency.</summary>
    private sealed record IndicatorFormat(string Name, Unit? Unit, int? Decimals, Frequency? Frequency)
    {
        public static IndicatorFormat Read(JsonElement indicator) => new(
            Text(indicator, "name") ?? Text(indicator, "id") ?? "",
            Text(indicator, "unit") is { } unit && CatalogueCodes.TryParseUnit(unit, out var parsedUnit) ? parsedUnit : null,
            indicator.TryGetProperty("decimals", out var decimals) && decimals.ValueKind == JsonValueKind.Number && decimals.TryGetInt32(out var places) && places is >= 0 and <= 10 ? places : null,
            Text(indicator, "frequency") is { } frequency && CatalogueCodes.TryParseFrequency(frequency, out var parsedFrequency) ? parsedFrequency : null);

        /// <summary>"35.5%", "1,234", "457 days", "99.0 per 10,000 children"; a value that is not a number, or of an unknown unit, as given; null (no figure) stays null.</summary>
        public string? Value(string? value)
        {
            if (value is null || Unit is not { } unit
                || !decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number))
            {
                return value;
            }

            return ValueFormatter.Value(number, unit, Decimals ?? ValueFormatter.DecimalsOf(number));
        }

        /// <summary>
        /// "September 2019" for "2019-09", read at the indicator's frequency. A code of another frequency (the
        /// indicator's frequency changed between versions) is read only when it is that frequency's own code, so
        /// "2011-12" stays December 2011 and is never taken for 2011/12. Anything else stays as given.
        /// </summary>
        public string? Period(string? code)
        {
            if (code is null)
            {
                return null;
            }

            if (Frequency is { } frequency && ReportingPeriodPattern.Parse(code, frequency) is { Success: true } own)
            {
                return own.Value.Label;
            }

            foreach (var other in Enum.GetValues<Frequency>())
            {
                if (other != Frequency && ReportingPeriodPattern.Parse(code, other) is { Success: true } read && read.Value.Code == code.Trim())
                {
                    return read.Value.Label;
                }
            }

            return code;
        }
    }
}

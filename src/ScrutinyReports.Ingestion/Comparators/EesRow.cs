using System.Collections;
using System.Diagnostics.CodeAnalysis;
using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Parsing;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>
/// One data row of an Explore Education Statistics tidy file: a dictionary from header name (any case) to the
/// cell's text, trimmed, with "" for a blank or quoted empty cell, plus the standard columns by name. Immutable.
/// </summary>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "A row of a file, which also reads as a dictionary of its cells; \"EesRowDictionary\" would name the wrong thing.")]
public sealed class EesRow : IReadOnlyDictionary<string, string>
{
    private readonly EesHeader header;
    private readonly string[] cells;

    internal EesRow(EesHeader header, string[] cells, int rowNumber)
    {
        this.header = header;
        this.cells = cells;
        RowNumber = rowNumber;
    }

    /// <summary>The row's number in the file, counting the header as row 1, as a spreadsheet shows it.</summary>
    public int RowNumber { get; }

    public string TimePeriod => Cell("time_period");

    public string TimeIdentifier => Cell("time_identifier");

    public string GeographicLevelText => Cell("geographic_level");

    /// <summary>The level, or null for levels that give no comparator (see <see cref="Comparators.GeographicLevel"/>).</summary>
    public GeographicLevel? GeographicLevel => GeographicLevelText.ToUpperInvariant() switch
    {
        "NATIONAL" => Comparators.GeographicLevel.National,
        "REGIONAL" => Comparators.GeographicLevel.Regional,
        "LOCAL AUTHORITY" => Comparators.GeographicLevel.LocalAuthority,
        _ => null,
    };

    public string CountryCode => Cell("country_code");

    public string CountryName => Cell("country_name");

    public string RegionCode => Cell("region_code");

    public string RegionName => Cell("region_name");

    /// <summary>The 3-digit DfE local authority number ("336"); two joined by " / " where authorities publish together.</summary>
    public string OldLaCode => Cell("old_la_code");

    public string NewLaCode => Cell("new_la_code");

    public string LaName => Cell("la_name");

    /// <summary>The financial year of <see cref="TimePeriod"/> read as a year to 31 March; null when it is not one.</summary>
    public ReportingPeriod? Period
    {
        get
        {
            var result = EesTimePeriod.Parse(TimePeriod, TimeIdentifier, PublishedPeriodBasis.YearToMarch);
            return result.Success ? result.Value : null;
        }
    }

    /// <summary>The code that names the row's area: E92000001, a region code, or the old_la_code; null at other levels.</summary>
    public string? AreaCode => GeographicLevel switch
    {
        Comparators.GeographicLevel.National => CountryCode,
        Comparators.GeographicLevel.Regional => RegionCode,
        Comparators.GeographicLevel.LocalAuthority => OldLaCode,
        _ => null,
    };

    /// <summary>England, the region's name or the authority's name; null at other levels.</summary>
    public string? AreaName => GeographicLevel switch
    {
        Comparators.GeographicLevel.National => CountryName,
        Comparators.GeographicLevel.Regional => RegionName,
        Comparators.GeographicLevel.LocalAuthority => LaName,
        _ => null,
    };

    public IEnumerable<string> Keys => header.Names;

    public IEnumerable<string> Values => cells;

    public int Count => header.Count;

    /// <summary>The cell under <paramref name="key"/>; throws <see cref="KeyNotFoundException"/> when the file has no such column.</summary>
    public string this[string key] => TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException($"The file has no column {Echo.Quote(key)}.");

    /// <summary>Reads a value column as a number or a published code.</summary>
    public ParseResult<PublishedValue> Value(string column) => PublishedValue.Parse(this[column]);

    public bool ContainsKey(string key) => header.IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var i = header.IndexOf(key);
        value = i >= 0 ? cells[i] : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < cells.Length; i++)
        {
            yield return new KeyValuePair<string, string>(header.Names[i], cells[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string Cell(string name) => TryGetValue(name, out var value) ? value : string.Empty;
}

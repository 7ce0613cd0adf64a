using ScrutinyReports.Domain.Formatting;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>
/// Reads one indicator's published comparator figures from an Explore Education Statistics file as a comparator
/// map entry describes: the rows at national, regional and local authority level that pass the entry's filters,
/// their value column scaled to the indicator's unit, and published codes carried through as their meaning.
/// Streams the file; a derived rate first reads its denominator file into memory (one number per area and year).
/// Throws <see cref="UnreadableFileException"/>, naming the row and column, when the file does not fit the entry:
/// a missing column, an unreadable time period or a value cell that is neither a number nor a published code.
/// </summary>
public static class PublishedComparatorReader
{
    /// <summary>Reads an entry that has no denominator.</summary>
    public static IEnumerable<PublishedFigure> Read(ComparatorMapEntry entry, Stream file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(file);
        if (entry.Denominator is not null)
        {
            throw new ArgumentException($"{entry.IndicatorId} is a derived rate; pass its denominator file ({entry.Denominator.File}) too.", nameof(entry));
        }

        return Figures(entry, file, null, cancellationToken);
    }

    /// <summary>Reads a derived-rate entry: each figure is the value over the same area's denominator, times the scale.</summary>
    public static IEnumerable<PublishedFigure> Read(ComparatorMapEntry entry, Stream file, Stream denominatorFile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(denominatorFile);
        if (entry.Denominator is not { } denominator)
        {
            throw new ArgumentException($"{entry.IndicatorId} is read as published and has no denominator file.", nameof(entry));
        }

        var denominators = ReadDenominators(entry, denominator, denominatorFile, cancellationToken);
        return Figures(entry, file, denominators, cancellationToken);
    }

    private static IEnumerable<PublishedFigure> Figures(
        ComparatorMapEntry entry,
        Stream file,
        Dictionary<AreaYear, PublishedValue>? denominators,
        CancellationToken cancellationToken)
    {
        using var reader = EesTidyCsvReader.Open(file);
        RequireColumns(reader, entry.File, entry.IndicatorId, entry.Filters, entry.ValueColumn);
        foreach (var row in reader.ReadRows(cancellationToken))
        {
            if (row.GeographicLevel is not { } level || !entry.Filters.All(f => f.Matches(row)))
            {
                continue;
            }

            var period = PeriodOf(row, entry.Period, entry.File);
            var value = ValueOf(row, entry.ValueColumn, entry.File);
            if (denominators is not null && value.HasNumber)
            {
                var key = new AreaYear(level, row.AreaCode!, PeriodOf(row, PublishedPeriodBasis.YearToMarch, entry.File).Plus(entry.Denominator!.YearOffset));
                value = denominators.TryGetValue(key, out var denominator) && denominator.Number is { } d && d > 0
                    ? PublishedValue.Of(value.Number!.Value / d * entry.Scale)
                    : PublishedValue.Coded(PublishedValueKind.NotAvailable);
            }
            else if (value.HasNumber)
            {
                value = PublishedValue.Of(value.Number!.Value * entry.Scale);
            }

            if (value.HasNumber && entry.Decimals is { } decimals)
            {
                value = PublishedValue.Of(Math.Round(value.Number!.Value, decimals, MidpointRounding.AwayFromZero));
            }

            yield return new PublishedFigure(entry.IndicatorId, period, level, row.AreaCode!, row.AreaName!, value);
        }
    }

    private static Dictionary<AreaYear, PublishedValue> ReadDenominators(
        ComparatorMapEntry entry,
        ComparatorDenominator denominator,
        Stream file,
        CancellationToken cancellationToken)
    {
        var values = new Dictionary<AreaYear, PublishedValue>();
        using var reader = EesTidyCsvReader.Open(file);
        RequireColumns(reader, denominator.File, entry.IndicatorId, denominator.Filters, denominator.ValueColumn);
        foreach (var row in reader.ReadRows(cancellationToken))
        {
            if (row.GeographicLevel is not { } level || !denominator.Filters.All(f => f.Matches(row)))
            {
                continue;
            }

            var key = new AreaYear(level, row.AreaCode!, PeriodOf(row, PublishedPeriodBasis.YearToMarch, denominator.File));
            if (!values.TryAdd(key, ValueOf(row, denominator.ValueColumn, denominator.File)))
            {
                throw new UnreadableFileException($"{denominator.File}, row {row.RowNumber}: a second {denominator.ValueColumn} for {row.AreaName} ({row.AreaCode}) in {row.TimePeriod}; expected one denominator per area and year");
            }
        }

        return values;
    }

    private static void RequireColumns(EesTidyCsvReader reader, string fileName, string indicatorId, IReadOnlyList<ComparatorFilter> filters, string valueColumn)
    {
        foreach (var column in filters.Select(f => f.Column).Append(valueColumn))
        {
            if (!reader.HasColumn(column))
            {
                throw new UnreadableFileException($"{Echo.Plain(fileName)} has no column {Echo.Quote(column)}, which the comparator map names for {indicatorId}; its columns are {string.Join(", ", reader.Columns)}");
            }
        }
    }

    private static ReportingPeriod PeriodOf(EesRow row, PublishedPeriodBasis basis, string fileName)
    {
        var period = EesTimePeriod.Parse(row.TimePeriod, row.TimeIdentifier, basis);
        return period.Success
            ? period.Value
            : throw new UnreadableFileException($"{Echo.Plain(fileName)}, row {row.RowNumber}, column time_period: expected {period.Expected}; found {Echo.Quote(row.TimePeriod)}");
    }

    private static PublishedValue ValueOf(EesRow row, string column, string fileName)
    {
        var value = row.Value(column);
        return value.Success
            ? value.Value
            : throw new UnreadableFileException($"{Echo.Plain(fileName)}, row {row.RowNumber}, column {column}: expected {value.Expected}; found {Echo.Quote(row[column])}");
    }

    private readonly record struct AreaYear(GeographicLevel Level, string Code, ReportingPeriod Year);
}

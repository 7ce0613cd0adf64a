using System.Text.Json;
using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Domain.Statistics;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Comparators;

/// <summary>
/// The council's published comparators, kept as one JSON document in the store's comparators container and replaced
/// whole on each import: a few thousand figures at most, read whole for every report. It also keeps, per indicator
/// and year, the summary of all authorities' published figures that position charts draw (absent from documents
/// stored before it was kept). Loading also brings in the
/// manual comparators officers uploaded (<see cref="ManualComparators"/>).
/// </summary>
public static class ComparatorDocument
{
    public const string Path = "published.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static async Task SaveAsync(IFileStore files, ComparatorSet set, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(set);
        var document = new Stored(
            set.LocalAuthority,
            set.SnModel,
            set.Comparators.Where(c => c.Kind != ComparatorKind.Manual).Select(c => new StoredComparator(c.IndicatorId, c.Kind.ToString(), c.Name, CatalogueCodes.Code(c.Period.Frequency), c.Period.Code, c.Value, c.N, c.LeftOut, c.State)).ToList(),
            set.Positions.Select(p => new StoredPosition(p.IndicatorId, CatalogueCodes.Code(p.Period.Frequency), p.Period.Code, p.Band.ToString(), p.Rank, p.Count, p.Label)).ToList(),
            set.Populations.ToDictionary(p => p.Key, p => p.Value),
            set.Borrowed,
            set.Distributions.Select(d => new StoredDistribution(d.IndicatorId, CatalogueCodes.Code(d.Period.Frequency), d.Period.Code, d.Count, d.Minimum, d.LowerQuartile, d.Median, d.UpperQuartile, d.Maximum)).ToList());
        using var buffer = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(document, Options));
        await files.WriteAsync(Containers.Comparators, Path, buffer, overwrite: true, cancellationToken);
    }

    public static async Task<ComparatorSet> LoadAsync(IFileStore files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var manual = await ManualComparators.LoadAsync(files, cancellationToken);
        await using var stream = await files.OpenReadAsync(Containers.Comparators, Path, cancellationToken);
        if (stream is null)
        {
            return ComparatorSet.Empty with { Comparators = manual };
        }

        var stored = await JsonSerializer.DeserializeAsync<Stored>(stream, Options, cancellationToken) ?? throw new InvalidDataException("The comparators document is empty.");
        return new ComparatorSet(
            stored.LocalAuthority,
            stored.SnModel,
            [.. stored.Comparators.Select(c => new Comparator(c.Indicator, Enum.Parse<ComparatorKind>(c.Kind), c.Name, Period(c.Frequency, c.Period), c.Value) { N = c.N, LeftOut = c.LeftOut, State = c.State }), .. manual],
            stored.Positions.Select(p => new PublishedPosition(p.Indicator, Period(p.Frequency, p.Period), Enum.Parse<QuartileBand>(p.Band), p.Rank, p.Count, p.Label)).ToList())
        {
            Populations = stored.Populations ?? [],
            Borrowed = stored.Borrowed,
            // Documents stored before distributions were kept have none: their reports simply draw no position chart.
            Distributions = stored.Distributions?.Select(Distribution).ToList() ?? [],
        };
    }

    private static PublishedDistribution Distribution(StoredDistribution d)
    {
        try
        {
            return new PublishedDistribution(d.Indicator, Period(d.Frequency, d.Period), d.Count, d.Minimum, d.LowerQuartile, d.Median, d.UpperQuartile, d.Maximum);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"The comparators document has a bad distribution for {d.Indicator} {d.Period}: {e.Message}", e);
        }
    }

    private static ReportingPeriod Period(string frequency, string code) =>
        ReportingPeriodPattern.Parse(code, CatalogueCodes.ParseFrequency(frequency)) is { Success: true } parsed ? parsed.Value : throw new InvalidDataException($"The comparators document has a bad period {code}.");

    private sealed record Stored(string? LocalAuthority, string? SnModel, List<StoredComparator> Comparators, List<StoredPosition> Positions, Dictionary<int, decimal>? Populations, BorrowedComparators? Borrowed = null, List<StoredDistribution>? Distributions = null);

    private sealed record StoredComparator(string Indicator, string Kind, string Name, string Frequency, string Period, decimal? Value, int? N, int? LeftOut, string? State);

    private sealed record StoredDistribution(string Indicator, string Frequency, string Period, int Count, decimal Minimum, decimal LowerQuartile, decimal Median, decimal UpperQuartile, decimal Maximum);

    private sealed record StoredPosition(string Indicator, string Frequency, string Period, string Band, int Rank, int Count, string Label);
}

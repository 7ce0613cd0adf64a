using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Statistics;
using ScrutinyReports.Ingestion.Comparators;
using ScrutinyReports.Ingestion.Uploads;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Comparators;

/// <summary>
/// Imports published DfE statistics (Explore Education Statistics tidy CSVs, as published) as comparators for one
/// local authority: England, its region, its own published figure, its statistical neighbours' mean and median
/// (suppressed neighbours left out and counted), its quartile band and rank among all authorities, and the spread of
/// all authorities' figures each year (for position charts, kept for borrowed comparators too). Which file,
/// rows and column give each indicator is data: the comparator map shipped beside the built-in catalogue.
/// </summary>
public sealed class ComparatorImporter(IScrutinyStore store)
{
    public const string MapFile = "dfe-comparator-map.csv";

    /// <summary>ONS mid-year population estimates; the 0-17 age group is the denominator of rates per 10,000.</summary>
    public const string PopulationFile = "ons_mid-year_population_estimates_2012_to_2024.csv";

    /// <summary>The statistical neighbour models shipped inside this assembly, newest (the default) first.</summary>
    public static IReadOnlyList<string> Models { get; } = [.. StatisticalNeighbourModelInfo.All.Select(model => model.Code)];

    /// <param name="files">The files given, by file name, each opened on demand as a seekable stream.</param>
    /// <param name="extraMap">A council's own map rows (same columns as the built-in map), which replace built-in rows for the same indicator.</param>
    public Task<ComparatorImportResult> ImportAsync(IReadOnlyDictionary<string, Func<Stream>> files, string localAuthority, string snModel,
        (Stream Content, string FileName)? extraMap = null, CancellationToken cancellationToken = default) =>
        ImportAsync(files, localAuthority, snModel, extraMap, borrowed: false, cancellationToken);

    /// <summary>
    /// Imports another, real authority's England, region and statistical neighbour figures for a council whose own
    /// figures are fictional (the demo). The authority's own published figures and its quartile positions are left
    /// out: set beside fictional figures they would read as the council's own.
    /// </summary>
    public Task<ComparatorImportResult> ImportBorrowedAsync(IReadOnlyDictionary<string, Func<Stream>> files, string localAuthority, CancellationToken cancellationToken = default) =>
        ImportAsync(files, localAuthority, Models[0], extraMap: null, borrowed: true, cancellationToken);

    private async Task<ComparatorImportResult> ImportAsync(IReadOnlyDictionary<string, Func<Stream>> files, string localAuthority, string snModel,
        (Stream Content, string FileName)? extraMap, bool borrowed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<string>();
        if (StatisticalNeighbourModelInfo.Find(snModel) is not { FileName: var modelFile })
        {
            return Failed(localAuthority, snModel, $"unknown statistical neighbour model \"{snModel}\"; expected one of {string.Join(", ", Models)}");
        }

        var byName = files.ToDictionary(pair => Path.GetFileName(pair.Key), pair => pair.Value, StringComparer.OrdinalIgnoreCase);
        // A model file given by name wins over the copy shipped in this assembly.
        var modelGiven = byName.TryGetValue(modelFile, out var openModel);
        StatisticalNeighbourModel model;
        await using (var modelStream = modelGiven ? openModel!() : EmbeddedData.Copy(modelFile))
        {
            model = StatisticalNeighbourModelReader.Read(modelStream, cancellationToken);
        }

        if (!model.TryGetGroup(localAuthority, out _))
        {
            return Failed(localAuthority, snModel, $"local authority {localAuthority} is not in {modelFile}; expected a DfE three-digit code such as 336");
        }

        var neighbours = model.NeighboursOf(localAuthority).ToHashSet(StringComparer.Ordinal);
        var map = ReadMap(errors);
        if (extraMap is { } own)
        {
            var diagnostics = new UploadDiagnostics();
            var ownEntries = ComparatorMapReader.Read(own.Content, own.FileName, diagnostics);
            errors.AddRange(diagnostics.Lines());
            var replaced = ownEntries.Select(e => e.IndicatorId).ToHashSet(StringComparer.OrdinalIgnoreCase);
            map = [.. map.Where(e => !replaced.Contains(e.IndicatorId)), .. ownEntries];
        }

        var catalogue = await CatalogueSource.GetAsync(store, cancellationToken);
        var usable = map.Where(entry => byName.ContainsKey(entry.File) && (entry.Denominator is null || byName.ContainsKey(entry.Denominator.File)) && catalogue.TryGet(entry.IndicatorId, out _)).ToList();
        if (usable.Count == 0)
        {
            errors.Add($"none of the files given is one the comparator map reads; expected files such as {string.Join(", ", map.Select(e => e.File).Distinct().Take(3))}");
        }

        if (errors.Count > 0)
        {
            return Failed(localAuthority, snModel, [.. errors]);
        }

        var comparators = new List<Comparator>();
        var positions = new List<PublishedPosition>();
        var distributions = new List<PublishedDistribution>();
        var perIndicator = new Dictionary<string, int>(StringComparer.Ordinal);
        (string Code, string Name)? region = null;
        string? authorityName = null;
        foreach (var entry in usable)
        {
            cancellationToken.ThrowIfCancellationRequested();
            catalogue.TryGet(entry.IndicatorId, out var indicator);
            List<PublishedFigure> figures;
            await using (var file = byName[entry.File]())
            {
                region ??= FindRegion(file, localAuthority);
                file.Position = 0;
                if (entry.Denominator is { } denominator)
                {
                    await using var denominatorFile = byName[denominator.File]();
                    figures = PublishedComparatorReader.Read(entry, file, denominatorFile, cancellationToken).ToList();
                }
                else
                {
                    figures = PublishedComparatorReader.Read(entry, file, cancellationToken).ToList();
                }
            }

            authorityName ??= figures.FirstOrDefault(f => f.Level == GeographicLevel.LocalAuthority && f.Code == localAuthority)?.Name;
            distributions.AddRange(Distributions(indicator, figures));
            var added = Comparators(indicator, figures, localAuthority, authorityName, region, neighbours, positions)
                .Where(c => !borrowed || c.Kind != ComparatorKind.PublishedLocal).ToList();
            comparators.AddRange(added);
            perIndicator[indicator.Id] = added.Count;
        }

        var populations = byName.TryGetValue(PopulationFile, out var openPopulation) ? ReadPopulations(openPopulation, localAuthority) : [];
        var set = borrowed
            ? new ComparatorSet(localAuthority, snModel, comparators, []) { Borrowed = new BorrowedComparators(localAuthority, authorityName ?? localAuthority, region?.Name), Distributions = distributions }
            : new ComparatorSet(localAuthority, snModel, comparators, positions) { Populations = populations, Distributions = distributions };
        await ComparatorDocument.SaveAsync(store.Files, set, cancellationToken);
        return new ComparatorImportResult(localAuthority, authorityName, region?.Name, snModel, perIndicator, []) { SnModelFile = modelGiven ? modelFile : null };
    }

    private static IEnumerable<Comparator> Comparators(Indicator indicator, List<PublishedFigure> figures, string localAuthority, string? authorityName,
        (string Code, string Name)? region, HashSet<string> neighbours, List<PublishedPosition> positions)
    {
        foreach (var year in figures.GroupBy(f => f.Period))
        {
            var period = year.Key;
            if (year.FirstOrDefault(f => f.Level == GeographicLevel.National) is { } england)
            {
                yield return Make(indicator, ComparatorKind.England, "England", england);
            }

            if (region is { } r && year.FirstOrDefault(f => f.Level == GeographicLevel.Regional && f.Code == r.Code) is { } regional)
            {
                yield return Make(indicator, ComparatorKind.Region, r.Name, regional);
            }

            var authorities = year.Where(f => f.Level == GeographicLevel.LocalAuthority).ToList();
            if (authorities.FirstOrDefault(f => f.Code == localAuthority) is { } own)
            {
                yield return Make(indicator, ComparatorKind.PublishedLocal, $"{authorityName ?? own.Name} (published)", own);
                var all = authorities.Where(f => f.Value.HasNumber).Select(f => (double)f.Value.Number!.Value).ToList();
                if (own.Value.HasNumber && all.Count >= QuartileBanding.MinimumCount)
                {
                    var position = QuartileBanding.Position((double)own.Value.Number!.Value, all, indicator.Polarity);
                    positions.Add(new PublishedPosition(indicator.Id, period, position.Band, position.Rank, position.Count, position.Label));
                }
            }

            var summary = NeighbourSummary.Of(authorities.Where(f => neighbours.Contains(f.Code)).Select(f => f.Value.HasNumber ? (double?)f.Value.Number!.Value : null));
            if (summary.WithValue > 0)
            {
                yield return new Comparator(indicator.Id, ComparatorKind.SnMean, "Statistical neighbours (mean)", period, Exact(summary.Mean!.Value)) { N = summary.WithValue, LeftOut = summary.LeftOut };
                yield return new Comparator(indicator.Id, ComparatorKind.SnMedian, "Statistical neighbours (median)", period, Exact(summary.Median!.Value)) { N = summary.WithValue, LeftOut = summary.LeftOut };
            }
        }
    }

    // Every authority's figure counts, the borrowing authority's too: the fictional council's figure is placed among them all.
    private static IEnumerable<PublishedDistribution> Distributions(Indicator indicator, List<PublishedFigure> figures) =>
        figures.Where(f => f.Level == GeographicLevel.LocalAuthority && f.Value.HasNumber)
            .GroupBy(f => f.Period)
            .Select(year => PublishedDistribution.Of(indicator.Id, year.Key, year.Select(f => f.Value.Number!.Value)))
            .OfType<PublishedDistribution>();

    // Means and medians arrive as doubles: 21.55 is 21.549999999999997, which would round down to 21.5 when shown.
    // Published figures have a few decimals at most, so ten places keeps the value and drops the binary noise.
    private static decimal Exact(double value) => Math.Round((decimal)value, 10, MidpointRounding.AwayFromZero);

    private static Comparator Make(Indicator indicator, ComparatorKind kind, string name, PublishedFigure figure) =>
        new(indicator.Id, kind, name, figure.Period, figure.Value.Number) { State = figure.Value.HasNumber ? null : figure.Value.Code };

    private static Dictionary<int, decimal> ReadPopulations(Func<Stream> open, string localAuthority)
    {
        using var file = open();
        using var reader = EesTidyCsvReader.Open(file);
        var populations = new Dictionary<int, decimal>();
        foreach (var row in reader.ReadRows())
        {
            if (row.GeographicLevel == GeographicLevel.LocalAuthority && row.OldLaCode == localAuthority &&
                row.TryGetValue("age_group", out var age) && age == "Children aged 0 to 17 years" &&
                int.TryParse(row.TimePeriod, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) &&
                row.Value("population_estimate") is { Success: true, Value.Number: { } population })
            {
                populations[year] = population;
            }
        }

        return populations;
    }

    private static (string Code, string Name)? FindRegion(Stream file, string localAuthority)
    {
        using var reader = EesTidyCsvReader.Open(file);
        foreach (var row in reader.ReadRows())
        {
            if (row.GeographicLevel == GeographicLevel.LocalAuthority && row.OldLaCode == localAuthority && row.RegionCode.Length > 0)
            {
                return (row.RegionCode, row.RegionName);
            }
        }

        return null;
    }

    private static IReadOnlyList<ComparatorMapEntry> ReadMap(List<string> errors)
    {
        using var map = EmbeddedData.Copy(MapFile);
        var diagnostics = new UploadDiagnostics();
        var entries = ComparatorMapReader.Read(map, MapFile, diagnostics);
        errors.AddRange(diagnostics.Lines());
        return entries;
    }

    private static ComparatorImportResult Failed(string localAuthority, string snModel, params string[] errors) =>
        new(localAuthority, null, null, snModel, new Dictionary<string, int>(), errors);
}

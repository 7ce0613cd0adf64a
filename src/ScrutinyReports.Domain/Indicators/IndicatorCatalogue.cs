namespace ScrutinyReports.Domain.Indicators;

/// <summary>The indicators a council tracks, looked up by id without regard to case. Immutable.</summary>
public sealed class IndicatorCatalogue
{
    private readonly Dictionary<string, Indicator> byId;

    public IndicatorCatalogue(IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        byId = new Dictionary<string, Indicator>(StringComparer.OrdinalIgnoreCase);
        var ordered = new List<Indicator>();
        foreach (var indicator in indicators)
        {
            if (!byId.TryAdd(indicator.Id, indicator))
            {
                throw new ArgumentException($"The catalogue lists {indicator.Id} twice.", nameof(indicators));
            }

            ordered.Add(indicator);
        }

        Indicators = ordered;
    }

    public static IndicatorCatalogue Empty { get; } = new([]);

    /// <summary>In catalogue order, which is the order reports follow within a theme.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    public int Count => Indicators.Count;

    public bool TryGet(string id, out Indicator indicator) => byId.TryGetValue(id.Trim(), out indicator!);

    /// <summary>This catalogue with <paramref name="incoming"/> added, replacing indicators of the same id in place.</summary>
    public IndicatorCatalogue Merge(IEnumerable<Indicator> incoming)
    {
        var arriving = incoming.ToList();
        var replacements = arriving.ToDictionary(indicator => indicator.Id, StringComparer.OrdinalIgnoreCase);
        var merged = Indicators.Select(existing => replacements.GetValueOrDefault(existing.Id, existing)).ToList();
        merged.AddRange(arriving.Where(indicator => !byId.ContainsKey(indicator.Id)));
        return new IndicatorCatalogue(merged);
    }
}

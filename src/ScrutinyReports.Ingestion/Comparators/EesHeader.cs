namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>The column names of an Explore Education Statistics file, found by name in any case. Immutable.</summary>
internal sealed class EesHeader
{
    private readonly Dictionary<string, int> index = new(StringComparer.OrdinalIgnoreCase);

    public EesHeader(IReadOnlyList<string> names)
    {
        Names = names;
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Length > 0)
            {
                index.TryAdd(names[i], i);
            }
        }
    }

    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    public int IndexOf(string name) => index.TryGetValue(name, out var i) ? i : -1;
}

using System.Diagnostics.CodeAnalysis;

namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>
/// A DfE statistical neighbour model: for each local authority (by 3-digit DfE number) its 10 most similar
/// authorities. Models are revised (April 2021, 2025); a report names the model its neighbours came from, and an
/// older report keeps the model it was made with. Immutable and thread-safe.
/// </summary>
public sealed class StatisticalNeighbourModel
{
    private readonly Dictionary<string, StatisticalNeighbourGroup> groups;

    internal StatisticalNeighbourModel(Dictionary<string, StatisticalNeighbourGroup> groups) => this.groups = groups;

    public IReadOnlyCollection<StatisticalNeighbourGroup> Groups => groups.Values;

    public bool TryGetGroup(string laCode, [NotNullWhen(true)] out StatisticalNeighbourGroup? group)
    {
        ArgumentNullException.ThrowIfNull(laCode);
        return groups.TryGetValue(laCode.Trim(), out group);
    }

    /// <summary>The neighbours' codes for <paramref name="laCode"/>, most similar first; empty when the model does not list the authority.</summary>
    public IReadOnlyList<string> NeighboursOf(string laCode)
    {
        ArgumentNullException.ThrowIfNull(laCode);
        return TryGetGroup(laCode, out var group) ? group.NeighbourCodes : [];
    }
}

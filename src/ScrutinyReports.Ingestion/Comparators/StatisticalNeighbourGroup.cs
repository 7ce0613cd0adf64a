namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>An authority and its statistical neighbours in rank order (normally 10).</summary>
public sealed record StatisticalNeighbourGroup(string LaCode, string LaName, string RegionName, IReadOnlyList<StatisticalNeighbour> Neighbours)
{
    /// <summary>The neighbours' 3-digit DfE numbers, most similar first.</summary>
    public IReadOnlyList<string> NeighbourCodes => [.. Neighbours.Select(n => n.LaCode)];
}

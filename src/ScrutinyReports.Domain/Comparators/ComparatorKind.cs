namespace ScrutinyReports.Domain.Comparators;

/// <summary>
/// Where a comparator figure comes from. Statistical neighbours are summarised two legitimate ways, both shown and
/// labelled: the mean (as the DfE's LAIT does) and the median (as the DfE's Outcomes and Enablers dashboard does).
/// </summary>
public enum ComparatorKind
{
    England,
    Region,
    SnMean,
    SnMedian,
    PublishedLocal,
    Manual,
}

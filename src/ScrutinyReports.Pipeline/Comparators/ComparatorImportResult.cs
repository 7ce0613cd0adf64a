namespace ScrutinyReports.Pipeline.Comparators;

/// <summary>What a comparator import stored: figures per indicator, the authority, its region and neighbour model; or why nothing was.</summary>
public sealed record ComparatorImportResult(string LocalAuthority, string? AuthorityName, string? Region, string SnModel, IReadOnlyDictionary<string, int> FiguresPerIndicator, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

namespace ScrutinyReports.Pipeline.Comparators;

/// <summary>What a comparator import stored: figures per indicator, the authority, its region and neighbour model; or why nothing was.</summary>
public sealed record ComparatorImportResult(string LocalAuthority, string? AuthorityName, string? Region, string SnModel, IReadOnlyDictionary<string, int> FiguresPerIndicator, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The model file given with the import, or null when the model shipped with the app was used.</summary>
    public string? SnModelFile { get; init; }
}

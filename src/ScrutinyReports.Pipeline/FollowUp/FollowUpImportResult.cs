namespace ScrutinyReports.Pipeline.FollowUp;

/// <summary>What an import did: items added, items given a new history entry or definition, items left as they were; or the errors, with nothing changed.</summary>
public sealed record FollowUpImportResult(int Added, int Changed, int Unchanged, IReadOnlyList<string> Errors, string? KeptAs)
{
    public bool Succeeded => Errors.Count == 0;
}

namespace ScrutinyReports.Domain.Comparators;

/// <summary>
/// Whose published comparators a council with fictional figures has borrowed: the real authority (its DfE code and
/// name) whose region, England figures and statistical neighbours stand beside the fictional council's figures.
/// </summary>
public sealed record BorrowedComparators(string LocalAuthority, string AuthorityName, string? Region)
{
    /// <summary>The sentence every report with borrowed comparators carries, on its cover and beside its comparators.</summary>
    public string Statement =>
        $"The council's own figures are fictional. The comparators are real published Department for Education figures for {AuthorityName}'s region{(Region is null ? string.Empty : $" ({Region})")}, England and {AuthorityName}'s statistical neighbours, each with its year.";
}

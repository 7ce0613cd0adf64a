namespace ScrutinyReports.Domain.Disclosure;

/// <summary>A breakdown cell as it may be published: <see cref="Count"/> is null unless <see cref="Protection"/> is Shown.</summary>
public sealed record ProtectedCell(string Category, long? Count, CellProtection Protection)
{
    public bool IsSuppressed => Protection is CellProtection.Primary or CellProtection.Secondary;
}

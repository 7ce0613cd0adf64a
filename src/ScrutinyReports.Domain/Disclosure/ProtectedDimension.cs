namespace ScrutinyReports.Domain.Disclosure;

/// <summary>
/// A breakdown dimension made safe to publish: its cells in the order given and its total. When
/// <see cref="TotalProtection"/> is not Shown, <see cref="Total"/> is null and the same count must not be published
/// anywhere else in the report either (the whole-authority figure is usually that count): with it, the suppressed
/// cells could be worked out.
/// </summary>
public sealed record ProtectedDimension(IReadOnlyList<ProtectedCell> Cells, long? Total, CellProtection TotalProtection)
{
    /// <summary>True when any cell or the total is suppressed, so that the report says why figures are missing.</summary>
    public bool HasSuppression => TotalProtection != CellProtection.Shown || Cells.Any(cell => cell.IsSuppressed);
}

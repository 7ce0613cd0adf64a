namespace ScrutinyReports.Domain.Comparisons;

/// <summary>
/// How a figure moved against an earlier one. Improved and worsened are judgements, used only where the
/// indicator has a polarity; increased and decreased describe neutral indicators.
/// </summary>
public enum Direction
{
    Improved,
    Worsened,
    Unchanged,
    Increased,
    Decreased,
    NotComparable,
}

namespace ScrutinyReports.Domain.Comparisons;

/// <summary>Red, amber or green against target; none without a target or without a value this period.</summary>
public enum Rag
{
    None,
    Green,
    Amber,
    Red,
}

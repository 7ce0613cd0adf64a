namespace ScrutinyReports.Domain.Statistics;

/// <summary>Which end of a series a figure reaches. Values only; never a judgement.</summary>
public enum ExtremeKind
{
    Highest,
    Lowest,
}

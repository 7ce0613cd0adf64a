namespace ScrutinyReports.Domain.Comparisons;

/// <summary>Percentages change in percentage points; everything else changes in its own unit.</summary>
public enum ChangeUnit
{
    IndicatorUnit,
    PercentagePoints,
}

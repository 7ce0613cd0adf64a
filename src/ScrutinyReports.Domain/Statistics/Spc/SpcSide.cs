namespace ScrutinyReports.Domain.Statistics.Spc;

/// <summary>Which way a special cause points: above the mean (or rising), or below it (or falling).</summary>
public enum SpcSide
{
    Higher,
    Lower,
}

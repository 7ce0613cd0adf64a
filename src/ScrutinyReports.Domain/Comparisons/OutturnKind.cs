namespace ScrutinyReports.Domain.Comparisons;

/// <summary>Which figure stands for a past year in the framework table.</summary>
public enum OutturnKind
{
    /// <summary>The figure for the year's last period: March, Q4, or the year itself for an annual measure.</summary>
    YearEnd,

    /// <summary>No year-end figure was received, so the same month or quarter as the latest period stands in.</summary>
    SameMonth,

    /// <summary>Neither was received: the year reads as missing, never estimated.</summary>
    Missing,
}

namespace ScrutinyReports.Domain.Statistics;

/// <summary>Whether a group's share of the cohort differs from its share of the child population, at 95%.</summary>
public enum Representation
{
    /// <summary>The ratio's 95% interval includes 1: no evidence the group is over- or under-represented.</summary>
    InLine,

    /// <summary>The whole 95% interval lies above 1: more of the cohort than of the population.</summary>
    Over,

    /// <summary>The whole 95% interval lies below 1: less of the cohort than of the population.</summary>
    Under,
}

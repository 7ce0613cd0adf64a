namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// One group's place in the cohort against its place in the child population. Shares are in percent.
/// <see cref="Ratio"/> is cohort share over population share, which is the same number as the group's rate (cohort
/// children per child in the group) over the overall rate: 2.0 means twice as many as the group's size would lead
/// one to expect. <see cref="Interval"/> is its 95% confidence interval.
/// </summary>
public sealed record GroupDisproportionality(
    string Name,
    long Count,
    long Population,
    double CohortShare,
    double PopulationShare,
    double Ratio,
    ConfidenceInterval Interval,
    Representation Representation);

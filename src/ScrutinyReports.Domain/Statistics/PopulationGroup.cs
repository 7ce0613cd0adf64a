namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// One group of a characteristic (an age band, a sex, an ethnic group): how many children of the cohort are in it
/// (<paramref name="Count"/>) and how many children of the authority's population are (<paramref name="Population"/>,
/// such as the ONS mid-year estimate for the same ages and sex).
/// </summary>
public sealed record PopulationGroup(string Name, long Count, long Population);

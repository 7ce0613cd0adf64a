namespace ScrutinyReports.Domain.Statistics;

/// <summary>
/// A population estimate for one year of age and one sex, as the ONS mid-year estimates give it (age 0 is children
/// under 1). <paramref name="Sex"/> is the estimate's own label, such as "Female" or "Male".
/// </summary>
public sealed record SingleYearPopulation(int Age, string Sex, long Count);

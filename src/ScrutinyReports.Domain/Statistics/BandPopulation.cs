namespace ScrutinyReports.Domain.Statistics;

/// <summary>The child population of one age band and one sex.</summary>
public sealed record BandPopulation(ChildAgeBand Band, string Sex, long Count);

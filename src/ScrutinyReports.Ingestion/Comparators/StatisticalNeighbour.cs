namespace ScrutinyReports.Ingestion.Comparators;

/// <summary>
/// One of an authority's statistical neighbours: <see cref="Rank"/> 1 is the most similar; <see cref="LaCode"/> is
/// the neighbour's 3-digit DfE number; <see cref="Closeness"/> is the model's own band ("Very close", "Close",
/// "Somewhat close", "Not Close", "Extremely Close"...), as published but trimmed.
/// </summary>
public sealed record StatisticalNeighbour(int Rank, string LaCode, string Closeness);

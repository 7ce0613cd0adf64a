namespace ScrutinyReports.Domain.Comparators;

/// <summary>
/// Settings for judging figures against comparators. <see cref="MinimumDenominator"/> (default 30): below it a
/// percentage or rate moves too much month to month to be judged, so the report says "not enough data to judge".
/// </summary>
public sealed record BenchmarkOptions
{
    public int MinimumDenominator { get; init; } = 30;

    public static BenchmarkOptions Default { get; } = new();
}

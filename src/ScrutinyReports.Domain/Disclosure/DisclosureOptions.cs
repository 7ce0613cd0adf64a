namespace ScrutinyReports.Domain.Disclosure;

/// <summary>
/// Small-number suppression for reports read in public. <see cref="Threshold"/> (default 5): counts from 1 to
/// Threshold - 1 are suppressed, with any percentage or rate resting on such a count. <see cref="DerivedPairs"/>
/// lists rate indicators and the count each is worked out from (CLA_RATE from CLA_COUNT): the one reveals the other
/// through the population, so each is suppressed when the other is.
/// </summary>
public sealed record DisclosureOptions
{
    public int Threshold { get; init; } = 5;

    public IReadOnlyList<(string Rate, string Count)> DerivedPairs { get; init; } = [];

    public static DisclosureOptions Default { get; } = new();
}

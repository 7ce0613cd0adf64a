using ScrutinyReports.Domain.Statistics;

namespace ScrutinyReports.Domain.Reports.Breakdowns;

/// <summary>
/// A characteristic breakdown set against the child population: each group's share of the cohort (the children the
/// indicator counts) against its share of the children of the mid-year estimate <see cref="EstimateYear"/>, with the
/// ratio and its 95% interval (<see cref="Disproportionality"/>). <see cref="Groups"/> holds the groups shown, in the
/// breakdown's order; <see cref="Suppressed"/> the groups with a base withheld from a public report (their share and
/// ratio would give their figure away); <see cref="WithoutBase"/> the groups no estimate covers ("Unknown"), reported
/// apart. When <see cref="Withheld"/> says why, no group is compared.
/// </summary>
public sealed record BreakdownDisproportionality(
    int? EstimateYear,
    string PopulationSource,
    IReadOnlyList<GroupDisproportionality> Groups,
    IReadOnlyList<string> Suppressed,
    IReadOnlyList<GroupWithoutBase> WithoutBase,
    string? Withheld);

/// <summary>A group no population estimate covers; <see cref="Count"/> is null when it is suppressed or has no figure.</summary>
public sealed record GroupWithoutBase(string Category, long? Count, bool Suppressed);

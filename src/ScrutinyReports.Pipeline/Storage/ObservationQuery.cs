namespace ScrutinyReports.Pipeline.Storage;

/// <summary>
/// Which current figures to read: one breakdown (the whole authority by default), periods ending from <see cref="From"/>
/// to <see cref="To"/> inclusive, and, when <see cref="Indicators"/> is set, only those indicators (ids as the
/// catalogue spells them).
/// </summary>
public sealed record ObservationQuery(DateOnly From, DateOnly To)
{
    public string Breakdown { get; init; } = Domain.Observations.Observation.WholeAuthority;

    public IReadOnlyCollection<string>? Indicators { get; init; }
}

namespace ScrutinyReports.Pipeline.Storage;

/// <summary>Which current figures to read: one breakdown (the whole authority by default), periods ending from <see cref="From"/> to <see cref="To"/> inclusive.</summary>
public sealed record ObservationQuery(DateOnly From, DateOnly To)
{
    public string Breakdown { get; init; } = Domain.Observations.Observation.WholeAuthority;
}

using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Observations;

/// <summary>
/// One figure for one indicator, period and breakdown. The whole-authority figure has an empty
/// <see cref="Breakdown"/>; a team, locality or ward figure names it. <see cref="Value"/> is set exactly when
/// <see cref="HasValue"/>.
/// </summary>
public sealed record Observation
{
    public const string WholeAuthority = "";

    public Observation(string indicatorId, ReportingPeriod period, string breakdown, decimal? value, ObservationStatus status,
        decimal? numerator = null, decimal? denominator = null, string? commentary = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicatorId);
        ArgumentNullException.ThrowIfNull(breakdown);
        var carriesValue = status is ObservationStatus.Validated or ObservationStatus.Provisional;
        if (carriesValue != value.HasValue)
        {
            throw new ArgumentException($"A {status} observation {(carriesValue ? "needs" : "cannot have")} a value.", nameof(value));
        }

        IndicatorId = indicatorId;
        Period = period;
        Breakdown = breakdown;
        Value = value;
        Status = status;
        Numerator = numerator;
        Denominator = denominator;
        Commentary = string.IsNullOrWhiteSpace(commentary) ? null : commentary.Trim();
    }

    public string IndicatorId { get; }

    public ReportingPeriod Period { get; }

    public string Breakdown { get; }

    public decimal? Value { get; }

    public ObservationStatus Status { get; }

    public decimal? Numerator { get; }

    public decimal? Denominator { get; }

    public string? Commentary { get; }

    public bool HasValue => Value.HasValue;

    /// <summary>True when the two carry the same figure, state and commentary: storing one over the other changes nothing.</summary>
    public bool SameContentAs(Observation other) =>
        Value == other.Value && Status == other.Status && Numerator == other.Numerator &&
        Denominator == other.Denominator && string.Equals(Commentary, other.Commentary, StringComparison.Ordinal);
}

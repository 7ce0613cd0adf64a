using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Tests.Quality;

/// <summary>Named indicators and figures for the data-quality tests, whose messages name indicators by id.</summary>
internal static class QualityFigures
{
    public static readonly ReportingPeriod September2019 = ReportingPeriod.Month(2019, 9);

    // Warnings speak in indicator names, so the familiar indicators carry their real ones.
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["CLA_COUNT"] = "Children looked after",
        ["CLA_RATE"] = "Children looked after per 10,000 children",
        ["CIN_RATE"] = "Children in need per 10,000 children",
        ["COMPLAINTS"] = "Complaints received",
        ["ADOPTIONS_COUNT"] = "Children adopted",
    };

    public static Indicator Indicator(string id, Unit unit, int decimals = 0, Frequency frequency = Frequency.Monthly) =>
        new(id, Names.GetValueOrDefault(id, id + " name"), "Children looked after", unit, Polarity.Neutral, frequency, decimals, null, 0m, "A test indicator.");

    public static Observation Figure(string id, ReportingPeriod period, decimal? value, ObservationStatus status = ObservationStatus.Validated,
        string breakdown = Observation.WholeAuthority, string? commentary = null) =>
        new(id, period, breakdown, value, status, commentary: commentary);

    /// <summary>A status that goes with the value: validated for a number, suppressed for a blank.</summary>
    public static Observation Figure(string id, ReportingPeriod period, decimal? value, string breakdown) =>
        Figure(id, period, value, value is null ? ObservationStatus.Suppressed : ObservationStatus.Validated, breakdown);
}

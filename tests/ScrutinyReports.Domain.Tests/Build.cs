using System.Globalization;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;

namespace ScrutinyReports.Domain.Tests;

/// <summary>Short ways to make the indicators and figures tests need.</summary>
internal static class Build
{
    public static Indicator Indicator(
        string name = "Children seen within 5 working days",
        Unit unit = Unit.Percent,
        Polarity polarity = Polarity.HigherIsBetter,
        string? target = null,
        decimal tolerance = 0m,
        int decimals = 1,
        Frequency frequency = Frequency.Monthly) =>
        new("TEST_ID", name, "Children in need", unit, polarity, frequency, decimals,
            TargetPattern.Parse(target, polarity).Value, tolerance, "A test indicator.");

    public static Observation Figure(string period, decimal? value, ObservationStatus status = ObservationStatus.Validated, Frequency frequency = Frequency.Monthly, string? commentary = null) =>
        new("TEST_ID", ReportingPeriodPattern.Parse(period, frequency).Value, Observation.WholeAuthority, value, status, commentary: commentary);

    public static Dictionary<ReportingPeriod, Observation> Series(params Observation[] figures) => figures.ToDictionary(f => f.Period);

    public static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    public static ReportingPeriod Month(string code) => ReportingPeriodPattern.Parse(code, Frequency.Monthly).Value;
}

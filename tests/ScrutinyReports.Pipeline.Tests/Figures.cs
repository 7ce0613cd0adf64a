using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Pipeline.Tests;

/// <summary>Short ways to make figures and upload records in tests.</summary>
internal static class Figures
{
    public static readonly DateTimeOffset Start = new(2019, 10, 3, 9, 0, 0, TimeSpan.Zero);

    public static Observation Monthly(string indicator, int year, int month, decimal? value, string breakdown = "", ObservationStatus status = ObservationStatus.Validated) =>
        new(indicator, ReportingPeriod.Month(year, month), breakdown, value, value is null && status == ObservationStatus.Validated ? ObservationStatus.NotAvailable : status);

    public static UploadRecord Upload(string id, DateTimeOffset receivedAt, string fileName = "upload.csv") =>
        new("sha256:" + id, fileName, receivedAt, "officer@council.example", UploadOutcome.Accepted, 0, []);

    public static IndicatorCatalogue SmallCatalogue { get; } = new(
    [
        new Indicator("CIN_SEEN_5D", "Children seen within 5 working days", "Children in need", Unit.Percent, Polarity.HigherIsBetter, Frequency.Monthly, 1, new Target(80, null), 5, "Seen within 5 days."),
        new Indicator("CLA_COUNT", "Children looked after", "Children looked after", Unit.Count, Polarity.Neutral, Frequency.Monthly, 0, new Target(550, 600), 20, "Count at month end."),
        new Indicator("A1_DAYS", "Adoption A1", "Adoption", Unit.Days, Polarity.LowerIsBetter, Frequency.Annual, 0, new Target(null, 426), 30, "Three-year average."),
    ]);
}

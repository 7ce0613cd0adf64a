using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Storage;

namespace ScrutinyReports.Storage.Azure.Tests;

/// <summary>Short ways to make figures and uploads (the Pipeline tests' own helpers are internal to them).</summary>
internal static class TestFigures
{
    public static readonly DateTimeOffset Start = new(2019, 10, 3, 9, 0, 0, TimeSpan.Zero);

    public static readonly ObservationQuery Everything = new(new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1));

    public static Observation Monthly(string indicator, int year, int month, decimal value, string breakdown = "") =>
        new(indicator, ReportingPeriod.Month(year, month), breakdown, value, ObservationStatus.Validated);

    public static UploadRecord Upload(string id, DateTimeOffset receivedAt) =>
        new("sha256:" + id, id + ".csv", receivedAt, "officer@council.example", UploadOutcome.Accepted, 0, []);

    /// <summary>
    /// indicators x 24 months (October 2017 to September 2019, so two period-end years) x breakdowns figures, all with
    /// the same value, in the order a long-format file lists them.
    /// </summary>
    public static IEnumerable<Observation> Grid(int indicators, int breakdowns, decimal value)
    {
        for (var i = 0; i < indicators; i++)
        {
            for (var m = 0; m < 24; m++)
            {
                for (var b = 0; b < breakdowns; b++)
                {
                    yield return new Observation($"IND_{i:D3}", ReportingPeriod.Month(2017, 10).Plus(m), b == 0 ? "" : $"Team {b}", value, ObservationStatus.Validated);
                }
            }
        }
    }
}

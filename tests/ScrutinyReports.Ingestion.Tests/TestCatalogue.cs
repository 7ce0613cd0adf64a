using System.Text;
using ScrutinyReports.Domain.Breakdowns;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Tests;

/// <summary>A small catalogue with one indicator of each shape, and a way to read an upload against it.</summary>
internal static class TestCatalogue
{
    public static IndicatorCatalogue Catalogue { get; } = new(
    [
        new Indicator("CIN_SEEN_5D", "Children seen within 5 working days", "Children in need", Unit.Percent, Polarity.HigherIsBetter, Frequency.Monthly, 1, new Target(80, null), 5, "d"),
        new Indicator("CLA_COUNT", "Children looked after", "Children looked after", Unit.Count, Polarity.Neutral, Frequency.Monthly, 0, null, 0, "d"),
        new Indicator("CLA_RATE", "Children looked after per 10,000", "Children looked after", Unit.RatePer10000, Polarity.LowerIsBetter, Frequency.Monthly, 1, null, 0, "d"),
        new Indicator("A1_DAYS", "Adoption A1", "Adoption", Unit.Days, Polarity.LowerIsBetter, Frequency.Annual, 0, new Target(null, 426), 30, "d"),
        new Indicator("YJ_FTE", "First-time entrants", "Youth justice", Unit.RatePer100000, Polarity.LowerIsBetter, Frequency.Quarterly, 1, null, 0, "d"),
        new Indicator("SDQ_AVG", "Average SDQ score", "Children looked after", Unit.Score, Polarity.LowerIsBetter, Frequency.Annual, 1, null, 0, "d"),
    ]);

    public static (List<Observation> Observations, UploadDiagnostics Diagnostics) Read(byte[] content, string fileName = "upload.csv", BreakdownDimensions? dimensions = null)
    {
        var diagnostics = new UploadDiagnostics();
        using var stream = new MemoryStream(content);
        var observations = new UploadReader(Catalogue, dimensions).Read(stream, fileName, diagnostics).ToList();
        return (observations, diagnostics);
    }

    public static (List<Observation> Observations, UploadDiagnostics Diagnostics) ReadCsv(string csv, string fileName = "upload.csv", BreakdownDimensions? dimensions = null) =>
        Read(new UTF8Encoding(false).GetBytes(csv), fileName, dimensions);
}

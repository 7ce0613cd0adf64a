using static ScrutinyReports.Ingestion.Tests.TestCatalogue;

namespace ScrutinyReports.Ingestion.Tests.Uploads;

public class WideFormatTests
{
    [Fact]
    public void Read_WideSheet_GivesOneObservationPerFilledCell()
    {
        var (observations, diagnostics) = ReadCsv(
            "Indicator,Name,Jul-19,Aug-19,Sep-19,Oct-19\n" +
            "CIN_SEEN_5D,Seen in 5 days,70.1%,74.6%,77.5%,\n" +
            "CLA_COUNT,Children looked after,\"1,001\",590,588,\n");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(6, observations.Count);
        Assert.Equal(["2019-07", "2019-08", "2019-09"], observations.Where(o => o.IndicatorId == "CIN_SEEN_5D").Select(o => o.Period.Code));
        Assert.Equal(1001m, observations.First(o => o.IndicatorId == "CLA_COUNT").Value);
    }

    [Fact]
    public void Read_WideSheetOfQuarters_ReadsQuarterHeadings()
    {
        var (observations, diagnostics) = ReadCsv("indicator,2019-20 Q1,Q2 2019/20\nYJ_FTE,210.5,198.0\n");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(["2019/20 Q1", "2019/20 Q2"], observations.Select(o => o.Period.Code));
    }

    [Fact]
    public void Read_WideHeadingThatIsNeitherPeriodNorDescription_IsAnError()
    {
        var (_, diagnostics) = ReadCsv("indicator,Jul-19,Total\nCLA_COUNT,590,590\n");

        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal((1, 2, "Total"), (error.Row!.Value, error.Column!.Value, error.Header));
        Assert.Contains("expected a period heading", error.Message, StringComparison.Ordinal);
    }
}

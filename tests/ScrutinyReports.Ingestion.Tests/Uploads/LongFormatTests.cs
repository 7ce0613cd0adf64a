using System.Text;
using ScrutinyReports.Domain.Observations;
using ScrutinyReports.Domain.Periods;
using static ScrutinyReports.Ingestion.Tests.TestCatalogue;

namespace ScrutinyReports.Ingestion.Tests.Uploads;

public class LongFormatTests
{
    [Fact]
    public void Read_AllColumns_GivesObservationsWithEveryField()
    {
        var (observations, diagnostics) = ReadCsv(
            "indicator,period,value,numerator,denominator,status,commentary,breakdown\n" +
            "CIN_SEEN_5D,2019-09,77.5,310,400,provisional,\"Daily huddle, new duty worker\",\n" +
            "CLA_COUNT,Sep-19,588,,,validated,,North locality\n");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(2, observations.Count);
        var seen = observations[0];
        Assert.Equal(("CIN_SEEN_5D", ReportingPeriod.Month(2019, 9), 77.5m, ObservationStatus.Provisional), (seen.IndicatorId, seen.Period, seen.Value!.Value, seen.Status));
        Assert.Equal((310m, 400m), (seen.Numerator!.Value, seen.Denominator!.Value));
        Assert.Equal("Daily huddle, new duty worker", seen.Commentary);
        Assert.Equal(Observation.WholeAuthority, seen.Breakdown);
        Assert.Equal("North locality", observations[1].Breakdown);
    }

    [Theory]
    [InlineData("indicator,period,value")]
    [InlineData("Indicator ID,Period,Value")]
    [InlineData("INDICATOR_ID,PERIOD,VALUE")]
    [InlineData("indicator-id, period , value")]
    public void Read_HeaderNames_AreMatchedWithoutRegardToCaseOrSpacing(string header)
    {
        var (observations, diagnostics) = ReadCsv(header + "\nCLA_COUNT,2019-09,588\n");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Single(observations);
    }

    [Fact]
    public void Read_HeaderBelowTitleRows_IsFound()
    {
        var (observations, diagnostics) = ReadCsv("Northbridge performance scorecard\nSeptember 2019\n\nindicator,period,value\nCLA_COUNT,2019-09,588\n");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Single(observations);
    }

    [Theory]
    [InlineData("77.5", 77.5, ObservationStatus.Validated)]
    [InlineData("77.5%", 77.5, ObservationStatus.Validated)]
    [InlineData(" 77.5 ", 77.5, ObservationStatus.Validated)]
    [InlineData("c", null, ObservationStatus.Suppressed)]
    [InlineData("x", null, ObservationStatus.Suppressed)]
    [InlineData("[c]", null, ObservationStatus.Suppressed)]
    [InlineData("*", null, ObservationStatus.Suppressed)]
    [InlineData("<5", null, ObservationStatus.Suppressed)]
    [InlineData("N/A", null, ObservationStatus.NotAvailable)]
    [InlineData("TBC", null, ObservationStatus.NotAvailable)]
    [InlineData("Not yet available", null, ObservationStatus.NotAvailable)]
    [InlineData("", null, ObservationStatus.NotAvailable)]
    public void Read_ValueCell_IsANumberOrAState(string cell, double? value, ObservationStatus status)
    {
        var (observations, diagnostics) = ReadCsv($"indicator,period,value\nCIN_SEEN_5D,2019-09,\"{cell}\"\n");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(value is null ? null : (decimal)value.Value, observations.Single().Value);
        Assert.Equal(status, observations.Single().Status);
    }

    [Theory]
    [InlineData("\"1,283\"", 1283)]
    [InlineData("\"12,345,678\"", 12345678)]
    [InlineData("588", 588)]
    public void Read_ThousandsSeparators_AreRead(string cell, int expected)
    {
        var (observations, diagnostics) = ReadCsv($"indicator,period,value\nCLA_COUNT,2019-09,{cell}\n");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(expected, observations.Single().Value);
    }

    [Theory]
    [InlineData("2019-20 Q2", "YJ_FTE", "2019/20 Q2")]
    [InlineData("Q2 2019/20", "YJ_FTE", "2019/20 Q2")]
    [InlineData("2019/20", "A1_DAYS", "2019/20")]
    [InlineData("2019-20", "A1_DAYS", "2019/20")]
    [InlineData("September 2019", "CLA_COUNT", "2019-09")]
    [InlineData("09/2019", "CLA_COUNT", "2019-09")]
    [InlineData("30/09/2019", "CLA_COUNT", "2019-09")]
    public void Read_Periods_AreReadByTheIndicatorsFrequency(string period, string indicator, string code)
    {
        var (observations, diagnostics) = ReadCsv($"indicator,period,value\n{indicator},{period},12\n");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal(code, observations.Single().Period.Code);
    }

    [Fact]
    public void Read_IndicatorByName_IsAccepted()
    {
        var (observations, diagnostics) = ReadCsv("indicator,period,value\nchildren looked after,2019-09,588\n");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal("CLA_COUNT", observations.Single().IndicatorId);
    }

    [Fact]
    public void Read_Windows1252Csv_KeepsPoundSignsAndCurlyQuotes()
    {
        var text = "indicator,period,value,commentary\r\nCLA_COUNT,2019-09,588,\"Cost £1,200 a week – ‘high’\"\r\n";
        var bytes = Ingestion.Tables.TextEncodingDetector.Windows1252.GetBytes(text);

        var (observations, diagnostics) = Read(bytes);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal("Cost £1,200 a week – ‘high’", observations.Single().Commentary);
    }

    [Fact]
    public void Read_Utf8WithBomAndCrlf_IsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("indicator,period,value,commentary\r\nCLA_COUNT,2019-09,588,“quoted” £\r\n")).ToArray();

        var (observations, diagnostics) = Read(bytes);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal("CLA_COUNT", observations.Single().IndicatorId);
        Assert.Equal("“quoted” £", observations.Single().Commentary);
    }

    [Fact]
    public void Read_QuotedFieldsWithNewlinesAndQuotes_AreRead()
    {
        var (observations, diagnostics) = ReadCsv("indicator,period,value,commentary\nCLA_COUNT,2019-09,588,\"Line one\nline \"\"two\"\"\"\n");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Equal("Line one\nline \"two\"", observations.Single().Commentary);
    }

    [Fact]
    public void Read_TrailingBlankRows_AreIgnored()
    {
        var (observations, diagnostics) = ReadCsv("indicator,period,value\nCLA_COUNT,2019-09,588\n,,\n,,\n\n");

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Lines()));
        Assert.Single(observations);
    }
}

using System.Text.Json;
using ScrutinyReports.Domain.Statistics.Spc;
using ScrutinyReports.Pipeline.Comparators;
using ScrutinyReports.Pipeline.Demo;

namespace ScrutinyReports.Pipeline.Tests.Reports.Spc;

/// <summary>
/// The demo through the publisher: report.json's <c>spc</c>, the SPC sheet of report.xlsx and the report model say the
/// same for every qualifying series, the declared change of process starts its baseline, and the limits are the
/// XmR limits of the figures the report model charted, worked out here independently.
/// </summary>
public sealed class DemoSpcEndToEndTests : PipelineFixture
{
    [Fact]
    public async Task Demo_SpcInJsonXlsxAndModel_AgreeAndAreTheXmrLimitsOfTheChartedFigures()
    {
        var (_, published) = await new DemoSeeder(Store, Ingestor, Publisher, new ComparatorImporter(Store)).SeedAsync();
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(published.JsonPath));
        using var xlsx = new XlsxReadBack(published.XlsxPath);
        var sheet = xlsx.Rows("SPC").ToDictionary(row => XlsxReadBack.Text(row["Indicator id"]));
        var withSpc = json.RootElement.GetProperty("indicators").EnumerateArray()
            .Where(indicator => indicator.GetProperty("spc").ValueKind == JsonValueKind.Object).ToList();

        Assert.True(withSpc.Count >= 20, $"{withSpc.Count} demo series with SPC");
        Assert.Equal(withSpc.Count, sheet.Count);
        foreach (var indicator in withSpc)
        {
            var id = indicator.GetProperty("id").GetString()!;
            var spc = indicator.GetProperty("spc");
            var (mean, lower, upper) = (spc.GetProperty("mean").GetDecimal(), spc.GetProperty("lower").GetDecimal(), spc.GetProperty("upper").GetDecimal());
            Assert.Equal(mean, XlsxReadBack.Number(sheet[id]["Mean"]));
            Assert.Equal(lower, XlsxReadBack.Number(sheet[id]["Lower process limit"]));
            Assert.Equal(upper, XlsxReadBack.Number(sheet[id]["Upper process limit"]));

            var analysis = published.Report.Indicators.Single(entry => entry.Analysis.Indicator.Id == id).QualifyingSpc!;
            var expected = HandWorkedLimits(analysis);
            var decimals = analysis.Indicator.Decimals + 2;
            Assert.Equal(Math.Round(expected.Mean, decimals, MidpointRounding.AwayFromZero), mean);
            Assert.Equal(Math.Round(expected.Lower, decimals, MidpointRounding.AwayFromZero), lower);
            Assert.Equal(Math.Round(expected.Upper, decimals, MidpointRounding.AwayFromZero), upper);
            Assert.Equal(analysis.Current.Figures, spc.GetProperty("figures").GetInt32());
            Assert.True(analysis.Current.Figures >= 12, id);
        }

        var mash = withSpc.Single(indicator => indicator.GetProperty("id").GetString() == "MASH_DECISION_24H").GetProperty("spc");
        Assert.Equal("2018-10", mash.GetProperty("baselineFrom").GetString());
        Assert.Equal("MASH moved to a single duty desk", mash.GetProperty("baselineReason").GetString());
    }

    /// <summary>
    /// Mean of the current baseline's figures; limits at the mean plus and minus 2.66 average moving ranges, where a
    /// moving range needs two consecutive figures and ranges of 3.267 average moving ranges or more are left out once.
    /// </summary>
    private static (decimal Mean, decimal Lower, decimal Upper) HandWorkedLimits(SpcAnalysis analysis)
    {
        var points = analysis.Points.Where(point => analysis.Current.Contains(point.Period)).ToList();
        var figures = points.Where(point => point.Value is not null).Select(point => point.Value!.Value).ToList();
        var ranges = points.Zip(points.Skip(1))
            .Where(pair => pair.First.Value is not null && pair.Second.Value is not null)
            .Select(pair => Math.Abs(pair.Second.Value!.Value - pair.First.Value!.Value)).ToList();
        var average = ranges.Average();
        var kept = ranges.Where(range => range < 3.267m * average).ToList();
        var screened = kept.Count > 0 ? kept.Average() : average;
        var mean = figures.Average();
        return (mean, mean - (2.66m * screened), mean + (2.66m * screened));
    }
}

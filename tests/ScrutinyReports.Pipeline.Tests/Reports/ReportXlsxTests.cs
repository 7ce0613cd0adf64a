using System.Text.Json;
using DocumentFormat.OpenXml.Spreadsheet;
using ScrutinyReports.Domain.Indicators;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Demo;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Rendering.Xlsx;

namespace ScrutinyReports.Pipeline.Tests.Reports;

/// <summary>report.xlsx read back with DocumentFormat.OpenXml: its figures against report.json, its formats, and formula-like text kept inert.</summary>
public sealed class ReportXlsxTests : PipelineFixture
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2019, 9);

    private static readonly Dictionary<string, string> StatusWords = new(StringComparer.Ordinal)
    {
        ["validated"] = "Final", ["provisional"] = "Provisional", ["suppressed"] = "Suppressed (small numbers)",
        ["not_available"] = "Not available", ["missing"] = "No figure received",
    };

    public static TheoryData<string, string> Neutralised => new()
    {
        { "=HYPERLINK(\"https://evil.example\",\"Click\")", "'=HYPERLINK(\"https://evil.example\",\"Click\")" },
        { "+1", "'+1" },
        { "-2", "'-2" },
        { "@SUM(A1:A2)", "'@SUM(A1:A2)" },
        { "\t=1", "'\t=1" },
        { "\r=1", "'\r=1" },
        { "Children looked after", "Children looked after" },
        { "Rate = count / population", "Rate = count / population" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Neutralised))]
    public void Neutralise_FormulaStart_ApostropheInFront(string text, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Neutralise(text));

    // report.json's history points, and its outturns that were received and are older than the history, oldest first.
    private static List<(JsonElement Point, Domain.Periods.ReportingPeriod Period)> Shown(JsonElement indicator, Domain.Reports.IndicatorEntry entry)
    {
        var history = indicator.GetProperty("history").EnumerateArray()
            .Select(point => (point, entry.Analysis.History.Single(p => p.Period.Code == point.GetProperty("period").GetString()).Period)).ToList();
        var older = indicator.GetProperty("outturns").EnumerateArray()
            .Where(outturn => outturn.GetProperty("kind").GetString() != "missing")
            .Select(outturn => (outturn, entry.Analysis.Outturns.Single(o => o.Period.Code == outturn.GetProperty("period").GetString()).Period))
            .Where(outturn => history.All(point => point.Period != outturn.Period));
        return [.. history.Concat(older).OrderBy(point => point.Period)];
    }

    [Fact]
    public async Task Demo_FiguresSheet_EveryIndicatorAndPeriodAsInReportJson()
    {
        var (_, published) = await new DemoSeeder(Store, Ingestor, Publisher, new ScrutinyReports.Pipeline.Comparators.ComparatorImporter(Store)).SeedAsync();
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(published.JsonPath));
        using var xlsx = new XlsxReadBack(published.XlsxPath);

        // The demo's panel breaks indicators down, so its workbook carries the Breakdowns sheet between the figures and their definitions.
        Assert.Equal(["Figures", "Breakdowns", "Definitions", "SPC", "Follow-up", "About"], xlsx.SheetNames);
        Assert.NotEmpty(published.Report.Indicators.SelectMany(entry => entry.Breakdowns));
        var rows = xlsx.Rows("Figures");
        var indicators = json.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        var shown = indicators.Zip(published.Report.Indicators).Select(pair => (Indicator: pair.First, Entry: pair.Second, Points: Shown(pair.First, pair.Second))).ToList();
        Assert.Equal(shown.Sum(i => i.Points.Count), rows.Count);
        Assert.Contains(shown, i => i.Points.Count > i.Indicator.GetProperty("history").GetArrayLength());
        foreach (var (indicator, entry, points) in shown)
        {
            var id = indicator.GetProperty("id").GetString()!;
            var own = rows.Where(row => XlsxReadBack.Text(row["Indicator id"]) == id).ToList();
            Assert.Equal(points.Count, own.Count);
            foreach (var ((point, period), row) in points.Zip(own))
            {
                // Labelled by the figure's window: a three-year average reads "2016-19" and starts three years before its end.
                var window = entry.Analysis.Indicator.Window;
                Assert.Equal(Domain.Periods.PeriodLabels.ShortLabel(period, window), XlsxReadBack.Text(row["Period"]));
                Assert.Equal(Domain.Periods.PeriodLabels.Start(period, window).ToDateTime(TimeOnly.MinValue).ToOADate(), (double)XlsxReadBack.Number(row["Period start"]));
                Assert.Equal(StatusWords[point.GetProperty("status").GetString()!], XlsxReadBack.Text(row["Status"]));
                Assert.Equal(indicator.GetProperty("name").GetString(), XlsxReadBack.Text(row["Indicator"]));
                if (point.GetProperty("value").ValueKind == JsonValueKind.Number)
                {
                    Assert.True(XlsxReadBack.IsNumber(row["Value"]), $"{id} {period}");
                    Assert.Equal(point.GetProperty("value").GetDecimal(), XlsxReadBack.Number(row["Value"]));
                }
                else
                {
                    Assert.False(row.TryGetValue("Value", out var empty) && empty.CellValue is not null, $"{id} {period}");
                }
            }

            var latest = Assert.Single(own, row => XlsxReadBack.Text(row["Latest in report"]) == "Yes");
            Assert.Equal(own[^1], latest);
            Assert.Equal(StatusWords[indicator.GetProperty("status").GetString()!], XlsxReadBack.Text(latest["Status"]));
        }

        var seen = rows.Single(row => XlsxReadBack.Text(row["Indicator id"]) == "CIN_SEEN_5D" && XlsxReadBack.Text(row["Latest in report"]) == "Yes");
        Assert.Equal(("Sep 2019", 77.5m, "Per cent", "Amber: close to target", "At least 80%"),
            (XlsxReadBack.Text(seen["Period"]), XlsxReadBack.Number(seen["Value"]), XlsxReadBack.Text(seen["Unit"]), XlsxReadBack.Text(seen["RAG"]), XlsxReadBack.Text(seen["Target"])));
        Assert.Equal("#,##0.0\"%\"", xlsx.FormatOf(seen["Value"]));
        Assert.Equal("d mmm yyyy", xlsx.FormatOf(seen["Period start"]));
    }

    private static readonly string[] ComparisonColumns = ["Share of those counted (%)", "Share of the child population (%)", "Ratio to the population", "Ratio lower 95%", "Ratio upper 95%"];

    [Fact]
    public async Task Demo_BreakdownsSheet_CarriesTheComparisonWithTheChildPopulation_AsReportJsonHasIt()
    {
        var (_, published) = await new DemoSeeder(Store, Ingestor, Publisher, new ScrutinyReports.Pipeline.Comparators.ComparatorImporter(Store)).SeedAsync();
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(published.JsonPath));
        using var xlsx = new XlsxReadBack(published.XlsxPath);
        var groups = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "CLA_COUNT")
            .GetProperty("breakdowns").EnumerateArray().Single(b => b.GetProperty("dimension").GetString() == "age")
            .GetProperty("disproportionality").GetProperty("groups").EnumerateArray().ToList();

        var rows = xlsx.Rows("Breakdowns").Where(r => XlsxReadBack.Text(r["Indicator id"]) == "CLA_COUNT" && XlsxReadBack.Text(r["Dimension"]) == "age").ToList();

        Assert.Equal(groups.Select(g => g.GetProperty("category").GetString()), rows.Select(r => XlsxReadBack.Text(r["Category"])));
        foreach (var (row, group) in rows.Zip(groups))
        {
            Assert.Equal(
                [group.GetProperty("cohortShare").GetDecimal(), group.GetProperty("populationShare").GetDecimal(), group.GetProperty("ratio").GetDecimal(),
                    group.GetProperty("lower95").GetDecimal(), group.GetProperty("upper95").GetDecimal()],
                ComparisonColumns.Select(c => XlsxReadBack.Number(row[c])));
            Assert.Equal("mid-2019", XlsxReadBack.Text(row["Population estimate"]));
        }

        Assert.Equal("Over-represented", XlsxReadBack.Text(rows.Single(r => XlsxReadBack.Text(r["Category"]) == "16 years and over")["Compared with the child population"]));
        Assert.Equal("0.00", xlsx.FormatOf(rows[0]["Ratio to the population"]).Replace("#,##", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Demo_Workbook_FrozenHeadersTablesDefinitionsAndAbout()
    {
        var (_, published) = await new DemoSeeder(Store, Ingestor, Publisher, new ScrutinyReports.Pipeline.Comparators.ComparatorImporter(Store)).SeedAsync();
        using var xlsx = new XlsxReadBack(published.XlsxPath);

        foreach (var sheet in new[] { "Figures", "Definitions" })
        {
            var part = xlsx.Part(sheet);
            var pane = part.Worksheet.Descendants<Pane>().Single();
            Assert.Equal((1d, PaneStateValues.Frozen), (pane.VerticalSplit?.Value ?? pane.HorizontalSplit!.Value, pane.State!.Value));
            Assert.StartsWith("A1:", Assert.Single(part.TableDefinitionParts).Table.Reference!.Value, StringComparison.Ordinal);
            Assert.All(part.Worksheet.Descendants<Column>(), column => Assert.InRange(column.Width!.Value, 8, 100));
        }

        var definitions = xlsx.Rows("Definitions");
        Assert.Equal(published.Report.Indicators.Select(e => e.Analysis.Indicator.Id), definitions.Select(row => XlsxReadBack.Text(row["Indicator id"])));
        var seen = definitions.Single(row => XlsxReadBack.Text(row["Indicator id"]) == "CIN_SEEN_5D");
        Assert.Equal("Higher is better", XlsxReadBack.Text(seen["Good direction"]));
        Assert.Equal(published.Report.Indicators.Single(e => e.Analysis.Indicator.Id == "CIN_SEEN_5D").Analysis.Indicator.Definition, XlsxReadBack.Text(seen["Definition"]));
        Assert.Equal(1m, XlsxReadBack.Number(seen["Decimals"]));
        Assert.StartsWith("The council's own figures", XlsxReadBack.Text(seen["Source"]), StringComparison.Ordinal);

        var about = xlsx.Part("About").Worksheet.Descendants<Row>().Skip(1)
            .ToDictionary(row => XlsxReadBack.Text(row.Elements<Cell>().First()), row => row.Elements<Cell>().ElementAt(1));
        Assert.Equal(DemoCouncil.Panel.Name, XlsxReadBack.Text(about["Panel"]));
        Assert.Equal("September 2019", XlsxReadBack.Text(about["Period"]));
        Assert.Equal(1m, XlsxReadBack.Number(about["Version"]));
        Assert.Equal(published.Report.GeneratedAt.UtcDateTime.ToOADate(), (double)XlsxReadBack.Number(about["Generated at"]), 6);
        Assert.Contains("accessible format", XlsxReadBack.Text(about["Accessible format"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\",\"Click\")")]
    [InlineData("+1")]
    [InlineData("-2")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public async Task Publish_FormulaLikeNameThemeDefinitionAndCommentary_StringCellsWithAnApostrophe(string hostile)
    {
        await Store.Catalogue.SaveAsync(new IndicatorCatalogue(
        [
            new Indicator("CLA_COUNT", hostile, hostile, Unit.Count, Polarity.Neutral, Frequency.Monthly, 0, null, 0, hostile),
        ]));
        Assert.True((await IngestCsvAsync("indicator,period,value,commentary\nCLA_COUNT,2019-09,588,\"=1+1\"\n")).Accepted);

        var published = await Publisher.PublishAsync(September);
        using var xlsx = new XlsxReadBack(published.XlsxPath);

        Assert.DoesNotContain(xlsx.AllCells, cell => cell.CellFormula is not null);
        Assert.All(xlsx.AllCells.Where(cell => !XlsxReadBack.IsNumber(cell) && cell.HasChildren), cell =>
        {
            Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
            Assert.DoesNotContain(XlsxReadBack.Text(cell).FirstOrDefault(), SpreadsheetText.FormulaStarts);
        });
        var latest = xlsx.Rows("Figures").Single(row => XlsxReadBack.Text(row["Latest in report"]) == "Yes");
        // XML readers normalise a raw carriage return to a line feed, as Excel does; the apostrophe is there either way.
        var shown = "'" + hostile.Replace('\r', '\n');
        Assert.Equal((shown, shown), (XlsxReadBack.Text(latest["Indicator"]), XlsxReadBack.Text(latest["Theme"])));
        Assert.Equal("'=1+1", XlsxReadBack.Text(latest["Commentary"]));
        Assert.Equal(588m, XlsxReadBack.Number(latest["Value"]));
        Assert.Equal(shown, XlsxReadBack.Text(Assert.Single(xlsx.Rows("Definitions"))["Definition"]));
    }

    [Fact]
    public async Task Publish_WritesTheXlsxBesideTheOtherFiles_UnchangedInputsWriteNothingNew()
    {
        await IngestCsvAsync("indicator,period,value\nCLA_COUNT,2019-09,588\n");
        var first = await Publisher.PublishAsync(September);
        var written = await File.ReadAllBytesAsync(first.XlsxPath);
        var files = await Store.Files.ListAsync(Containers.Reports);
        Clock.Advance(TimeSpan.FromDays(1));

        var again = await Publisher.PublishAsync(September);

        Assert.Equal(Path.Combine(StorePath, "reports", "default", "2019-09", "v1", "report.xlsx"), first.XlsxPath);
        Assert.Equal(Pipeline.Reports.ReportFiles.All.Order(StringComparer.Ordinal), files.Where(f => f.StartsWith("default/2019-09/v1/", StringComparison.Ordinal)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(again.IsNewVersion);
        Assert.Equal(first.XlsxPath, again.XlsxPath);
        Assert.Equal(files, await Store.Files.ListAsync(Containers.Reports));
        Assert.Equal(written, await File.ReadAllBytesAsync(again.XlsxPath));
    }
}

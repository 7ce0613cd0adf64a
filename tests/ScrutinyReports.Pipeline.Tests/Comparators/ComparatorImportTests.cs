using System.Text.Json;
using ScrutinyReports.Domain.Comparators;
using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Pipeline.Catalogue;
using ScrutinyReports.Pipeline.Comparators;

namespace ScrutinyReports.Pipeline.Tests.Comparators;

/// <summary>
/// Imports the real DfE files (data/dfe) for Wolverhampton (336) and checks a report's comparators against
/// figures read from the files by hand (python csv over c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv,
/// time_period 2025, category "Referrals and Re-referrals", column rereferral_percent).
/// </summary>
public sealed class ComparatorImportTests : PipelineFixture
{
    private static readonly string DfeFolder = Path.Combine(RepositoryRoot.Path, "data", "dfe");

    [Fact]
    public async Task Import_RealDfeFiles_GivesTheFiguresReadFromTheFiles()
    {
        await Store.Catalogue.SaveAsync(BuiltInCatalogue.Indicators);
        var result = await new ComparatorImporter(Store).ImportAsync(AllFiles(), "336", "2025");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(("Wolverhampton", "West Midlands"), (result.AuthorityName, result.Region));

        // 420 re-referrals of 2,000 referrals in the year to June 2025: 21.0%.
        await IngestCsvAsync("indicator,period,value,numerator,denominator\nREREFERRALS_12M,2025-06,21.0,420,2000\n");
        var published = await Publisher.PublishAsync(ReportingPeriod.Month(2025, 6));

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(published.JsonPath));
        Assert.Equal("2025", json.RootElement.GetProperty("comparatorSource").GetProperty("statisticalNeighbourModel").GetString());
        var rereferrals = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "REREFERRALS_12M");
        var comparators = rereferrals.GetProperty("comparators").EnumerateArray().ToDictionary(c => c.GetProperty("kind").GetString()!);
        Assert.All(comparators.Values, c => Assert.Equal("2024/25", c.GetProperty("period").GetString()));
        Assert.Equal(22.6m, comparators["england"].GetProperty("value").GetDecimal());
        Assert.Equal(("West Midlands", 19.5m), (comparators["region"].GetProperty("name").GetString(), comparators["region"].GetProperty("value").GetDecimal()));
        Assert.Equal(20.8m, comparators["published_local"].GetProperty("value").GetDecimal());
        // Neighbours (2025 model): 22.7, 21, 19.7, 21.7, 17.2, 18.5, 29.4, 23.1, 25.3, 21.4: mean 22.0, median 21.55.
        Assert.Equal((22.0m, 10, 0), (comparators["sn_mean"].GetProperty("value").GetDecimal(), comparators["sn_mean"].GetProperty("n").GetInt32(), comparators["sn_mean"].GetProperty("leftOut").GetInt32()));
        Assert.Equal(21.6m, comparators["sn_median"].GetProperty("value").GetDecimal());
        // 153 authorities with a figure; quartiles 16.9, 20.0, 23.0 (QUARTILE.INC); 85 are lower (better) than 20.8.
        var position = rereferrals.GetProperty("position");
        Assert.Equal(("C", 86, 153), (position.GetProperty("band").GetString(), position.GetProperty("rank").GetInt32(), position.GetProperty("count").GetInt32()));
        // Wilson for 420 / 2000: 19.27% to 22.84%, which holds England's 22.6%.
        var interval = rereferrals.GetProperty("confidenceInterval");
        Assert.Equal(19.27, interval.GetProperty("lower").GetDouble(), 0.02);
        Assert.Equal(22.84, interval.GetProperty("upper").GetDouble(), 0.02);
        Assert.Equal("wilson", interval.GetProperty("method").GetString());
        Assert.Equal("not_significantly_different", rereferrals.GetProperty("significance").GetProperty("england").GetString());
        Assert.Contains("England 22.6%", rereferrals.GetProperty("comparison").GetString(), StringComparison.Ordinal);
        Assert.Contains("not significantly different from England's 2024/25 figure of 22.6%", rereferrals.GetProperty("comparison").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MonthlyFigure_IsComparedWithTheLatestYearEndedByThen_NeverALaterOne()
    {
        await Store.Catalogue.SaveAsync(BuiltInCatalogue.Indicators);
        await new ComparatorImporter(Store).ImportAsync(AllFiles(), "336", "2021");
        await IngestCsvAsync("indicator,period,value\nREREFERRALS_12M,2019-09,24.6\n");

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync((await Publisher.PublishAsync(ReportingPeriod.Month(2019, 9))).JsonPath));

        Assert.Equal("2021", json.RootElement.GetProperty("comparatorSource").GetProperty("statisticalNeighbourModel").GetString());
        var rereferrals = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "REREFERRALS_12M");
        Assert.All(rereferrals.GetProperty("comparators").EnumerateArray(), c => Assert.Equal("2018/19", c.GetProperty("period").GetString()));
        Assert.Equal(JsonValueKind.Null, rereferrals.GetProperty("confidenceInterval").ValueKind);
        Assert.Contains("Comparators for 2018/19: England", rereferrals.GetProperty("comparison").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("110.0", true)]
    [InlineData("96.1", false)]
    public async Task Report_RateThatDisagreesWithCountOverThePopulation_IsFlagged(string rate, bool flagged)
    {
        await Store.Catalogue.SaveAsync(BuiltInCatalogue.Indicators);
        await new ComparatorImporter(Store).ImportAsync(AllFiles(), "336", "2025");
        // ONS mid-2019 estimate for Wolverhampton, children aged 0 to 17: 61,173 (ons_mid-year_population_estimates_2012_to_2024.csv).
        // 588 / 61,173 x 10,000 = 96.12, shown as 96.1.
        var outcome = await IngestCsvAsync($"indicator,period,value\nCLA_COUNT,2019-09,588\nCLA_RATE,2019-09,{rate}\n");
        Assert.Equal(flagged, outcome.Warnings.Any(w => w.Contains("over a 0-17 population of 61,173", StringComparison.Ordinal)));

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync((await Publisher.PublishAsync(ReportingPeriod.Month(2019, 9))).JsonPath));

        var warnings = json.RootElement.GetProperty("dataQuality").EnumerateArray().Where(w => w.GetProperty("kind").GetString() == "rate_disagrees_with_count").ToList();
        Assert.Equal(flagged, warnings.Count == 1);
        if (flagged)
        {
            Assert.Contains("588 over a 0-17 population of 61,173 gives 96.1", warnings[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Import_WithTheCouncilsOwnMap_AddsComparatorsForItsIndicators()
    {
        await Store.Catalogue.SaveAsync(BuiltInCatalogue.Indicators);
        const string own = "indicator,file,filters,value_column,scale,period,denominator_file,denominator_filters,denominator_column,denominator_year_offset,decimals,note\n" +
            "CLA_COUNT,cla_number_and_rate_per_10k_children.csv,population_type=Children looked after on 31 March each year,children_count,1,year_to_march,,,,,0,Our own mapping\n";
        using var map = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(own));

        var result = await new ComparatorImporter(Store).ImportAsync(AllFiles(), "336", "2025", (map, "our-map.csv"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.True(result.FiguresPerIndicator["CLA_COUNT"] > 0);
        // cla_number_and_rate_per_10k_children.csv, 2025, Wolverhampton (336), children looked after on 31 March: 501.
        var set = await ComparatorDocument.LoadAsync(Store.Files);
        var own336 = set.Comparators.Single(c => c.IndicatorId == "CLA_COUNT" && c.Kind == Domain.Comparators.ComparatorKind.PublishedLocal && c.Period == ReportingPeriod.FinancialYear(2024));
        Assert.Equal(501m, own336.Value);
    }

    [Theory]
    // 2025 model: Sandwell 22.7, Stoke-on-Trent 21, Walsall 19.7, Hull 21.7, Rochdale 17.2, Coventry 18.5, Doncaster 29.4,
    // Derby 23.1, Middlesbrough 25.3, North East Lincolnshire 21.4: mean 22.0.
    [InlineData("2025", "22.0")]
    // April 2021 groupings: Sandwell 22.7, Nottingham 27.2, Walsall 19.7, Coventry 18.5, Birmingham 20.7, Derby 23.1,
    // Southampton 20.2, Sheffield 16.5, Peterborough 19.8, Stoke-on-Trent 21: mean 20.94.
    [InlineData("2021", "20.94")]
    public async Task Import_WithoutAModelFile_UsesTheModelShippedWithTheApp(string snModel, string neighbourMean)
    {
        await Store.Catalogue.SaveAsync(BuiltInCatalogue.Indicators);

        var result = await new ComparatorImporter(Store).ImportAsync(FilesWithoutModels(), "336", snModel);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Null(result.SnModelFile);
        var set = await ComparatorDocument.LoadAsync(Store.Files);
        Assert.Equal(snModel, set.SnModel);
        var mean = RereferralsNeighbourMean(set);
        Assert.Equal((decimal.Parse(neighbourMean, System.Globalization.CultureInfo.InvariantCulture), 10), (mean.Value, mean.N));
    }

    [Fact]
    public async Task Import_WithAModelFileGiven_UsesItInsteadOfTheShippedOne()
    {
        await Store.Catalogue.SaveAsync(BuiltInCatalogue.Indicators);
        // A 2025 model file in which Wolverhampton's one neighbour is Walsall (335), whose 2024/25 figure is 19.7%.
        const string model = "old_la_code,la_name,region_ind,region_name,SN_1,SN_1P\n336,Wolverhampton,8,West Midlands,335,Very close\n";
        var files = FilesWithoutModels();
        files["sn_model_2025_wide.csv"] = () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(model));

        var result = await new ComparatorImporter(Store).ImportAsync(files, "336", "2025");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("sn_model_2025_wide.csv", result.SnModelFile);
        var mean = RereferralsNeighbourMean(await ComparatorDocument.LoadAsync(Store.Files));
        Assert.Equal((19.7m, 1), (mean.Value, mean.N));
    }

    [Theory]
    [InlineData("2025", "DfE children's services statistical neighbour model, 2025", "sn_model_2025_wide.csv",
        "Statistical neighbours: the Department for Education's 2025 children's services statistical neighbour model (the 10 councils most similar to this one).")]
    [InlineData("2021", "DfE statistical neighbour groupings, April 2021", "New_Statistical_Neighbour_Groupings_April_2021.csv",
        "Statistical neighbours: the Department for Education's April 2021 statistical neighbour groupings (the 10 councils most similar to this one).")]
    public async Task Report_NamesTheStatisticalNeighbourModelItsNeighboursCameFrom(string snModel, string name, string file, string sentence)
    {
        await Store.Catalogue.SaveAsync(BuiltInCatalogue.Indicators);
        await new ComparatorImporter(Store).ImportAsync(FilesWithoutModels(), "336", snModel);
        await IngestCsvAsync("indicator,period,value,numerator,denominator\nREREFERRALS_12M,2025-06,21.0,420,2000\n");

        var published = await Publisher.PublishAsync(ReportingPeriod.Month(2025, 6));

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(published.JsonPath));
        var source = json.RootElement.GetProperty("comparatorSource");
        Assert.Equal((snModel, name), (source.GetProperty("statisticalNeighbourModel").GetString(), source.GetProperty("statisticalNeighbourModelName").GetString()));
        Assert.Equal($"Department for Education ({file}), Open Government Licence v3.0", source.GetProperty("statisticalNeighbourModelSource").GetString());
        Assert.Contains(sentence, System.Net.WebUtility.HtmlDecode(await File.ReadAllTextAsync(published.HtmlPath)), StringComparison.Ordinal);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(published.PdfPath);
        Assert.Contains(WithoutSpaces(sentence), WithoutSpaces(string.Concat(pdf.GetPages().Select(page => page.Text))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WithoutPublishedComparators_NamesNoNeighbourModel()
    {
        await Store.Catalogue.SaveAsync(BuiltInCatalogue.Indicators);
        await IngestCsvAsync("indicator,period,value,numerator,denominator\nREREFERRALS_12M,2025-06,21.0,420,2000\n");

        var published = await Publisher.PublishAsync(ReportingPeriod.Month(2025, 6));

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(published.JsonPath));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("comparatorSource").GetProperty("statisticalNeighbourModelName").ValueKind);
        Assert.DoesNotContain("Statistical neighbours:", await File.ReadAllTextAsync(published.HtmlPath), StringComparison.Ordinal);
    }

    // PDF text comes back without the spaces where lines were wrapped.
    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static Comparator RereferralsNeighbourMean(ComparatorSet set) =>
        set.Comparators.Single(c => c.IndicatorId == "REREFERRALS_12M" && c.Kind == ComparatorKind.SnMean && c.Period == ReportingPeriod.FinancialYear(2024));

    private static Dictionary<string, Func<Stream>> FilesWithoutModels()
    {
        var models = StatisticalNeighbourModelInfo.All.Select(m => m.FileName).ToHashSet(StringComparer.Ordinal);
        var files = AllFiles().Where(f => !models.Contains(f.Key)).ToDictionary();
        Assert.Equal(AllFiles().Count - models.Count, files.Count);
        return files;
    }

    private static Dictionary<string, Func<Stream>> AllFiles()
    {
        Assert.True(Directory.Exists(DfeFolder), $"the DfE data folder is missing: {DfeFolder}");
        return Directory.GetFiles(DfeFolder, "*.csv").ToDictionary(path => Path.GetFileName(path), path => (Func<Stream>)(() => File.OpenRead(path)));
    }
}

using System.Text;
using ScrutinyReports.Ingestion.Catalogue;
using ScrutinyReports.Ingestion.Comparators;
using ScrutinyReports.Ingestion.Uploads;

namespace ScrutinyReports.Ingestion.Tests.Comparators;

public class ComparatorMapReaderTests
{
    [Fact]
    public void Read_ProjectMap_NamesCatalogueIndicatorsAndRealFiles()
    {
        var map = DfeData.Map();
        using var catalogueFile = File.OpenRead(DfeData.CataloguePath);
        var diagnostics = new UploadDiagnostics();
        var catalogue = CatalogueReader.Read(catalogueFile, "builtin-catalogue.csv", diagnostics).Select(i => i.Id).ToHashSet();

        Assert.Empty(diagnostics.Errors);
        Assert.Subset(map.Select(e => e.IndicatorId).ToHashSet(), new HashSet<string>
        {
            "REREFERRALS_12M", "CLA_RATE", "CP_SECOND_PLAN", "SW_TURNOVER", "CIN_RATE", "CP_RATE", "CL_EET",
            "CL_SUITABLE_ACCOM", "PLACEMENT_STABILITY_LT",
        });
        Assert.All(map, entry =>
        {
            Assert.Contains(entry.IndicatorId, catalogue);
            Assert.True(File.Exists(Path.Combine(DfeData.Folder, entry.File)), entry.File);
            Assert.NotEmpty(entry.Note);
            if (entry.Denominator is { } denominator)
            {
                Assert.True(File.Exists(Path.Combine(DfeData.Folder, denominator.File)), denominator.File);
            }
        });
    }

    [Fact]
    public void Read_Entry_ParsesEveryColumn()
    {
        var cinRate = DfeData.Entry("CIN_RATE");
        var turnover = DfeData.Entry("SW_TURNOVER");
        var eet = DfeData.Entry("CL_EET");

        Assert.Equal("b1_children_in_need_2013_to_2025.csv", cinRate.File);
        Assert.Equal([new ComparatorFilter("category", "Children in Need")], cinRate.Filters);
        Assert.Equal("At31_episodes", cinRate.ValueColumn);
        Assert.Equal(10000m, cinRate.Scale);
        Assert.Equal(1, cinRate.Decimals);
        var denominator = cinRate.Denominator;
        Assert.NotNull(denominator);
        Assert.Equal("ons_mid-year_population_estimates_2012_to_2024.csv", denominator.File);
        Assert.Equal("population_estimate", denominator.ValueColumn);
        Assert.Equal(-1, denominator.YearOffset);
        Assert.Equal(new ComparatorFilter("age_group", "Children aged 0 to 17 years"), Assert.Single(denominator.Filters));
        Assert.Equal(PublishedPeriodBasis.YearToSeptember, turnover.Period);
        Assert.Empty(turnover.Filters);
        Assert.Null(turnover.Decimals);
        Assert.Equal(
            [new ComparatorFilter("care_leaver_age", "19 to 21 years"), new ComparatorFilter("breakdown", "Total in education, employment or training")],
            eet.Filters);
    }

    // Each bad row is named by row and column, and the map is taken whole or not at all.
    [Theory]
    [InlineData("CLA_RATE,cla.csv,population_type,rate_per_10000,1,,", "row 2, column C (\"filters\")")]
    [InlineData("CLA_RATE,cla.csv,,rate_per_10000,0,,", "row 2, column E (\"scale\")")]
    [InlineData("CLA_RATE,cla.csv,,rate_per_10000,1,year_to_june,", "row 2, column F (\"period\")")]
    [InlineData("CLA_RATE,cla.csv,,,1,,", "row 2, column D (\"value_column\")")]
    [InlineData("CLA_RATE,cla.csv,,rate_per_10000,1,,ons.csv", "row 2, column H (\"denominator_column\")")]
    public void Read_BadRow_IsLocated(string row, string location)
    {
        var diagnostics = new UploadDiagnostics();
        var entries = Read("indicator,file,filters,value_column,scale,period,denominator_file,denominator_column\n" + row + "\n", diagnostics);

        Assert.Empty(entries);
        Assert.Contains(diagnostics.Lines(), line => line.StartsWith("map.csv, " + location, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SameIndicatorTwice_IsAnError()
    {
        var diagnostics = new UploadDiagnostics();
        var entries = Read("indicator,file,value_column\nCLA_RATE,a.csv,v\ncla_rate,b.csv,v\n", diagnostics);

        Assert.Empty(entries);
        Assert.Contains("mapped twice, first in row 2", Assert.Single(diagnostics.Errors).Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<ComparatorMapEntry> Read(string csv, UploadDiagnostics diagnostics)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return ComparatorMapReader.Read(stream, "map.csv", diagnostics);
    }
}

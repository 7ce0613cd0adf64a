using ScrutinyReports.Domain.Periods;
using ScrutinyReports.Ingestion.Comparators;
using ScrutinyReports.Ingestion.Tables;

namespace ScrutinyReports.Ingestion.Tests.Comparators;

public class EesTidyCsvReaderTests
{
    [Fact]
    public void Open_FileWithByteOrderMark_ReadsTheFirstHeader()
    {
        // head -c 3 cla_number_and_rate_per_10k_children.csv | od -c  ->  357 273 277 (a UTF-8 BOM), then "time_period,".
        // head -2 ... -> 2025,Reporting year,National,E92000001,England,,,,,,Children ceasing to be looked after each year,12183016,34450,28
        using var file = DfeData.Open("cla_number_and_rate_per_10k_children.csv");
        using var reader = EesTidyCsvReader.Open(file);
        var first = reader.ReadRows().First();

        Assert.Equal("time_period", reader.Columns[0]);
        Assert.Equal(2, first.RowNumber);
        Assert.Equal("2025", first.TimePeriod);
        Assert.Equal(ReportingPeriod.FinancialYear(2024), first.Period);
        Assert.Equal(GeographicLevel.National, first.GeographicLevel);
        Assert.Equal("E92000001", first.AreaCode);
        Assert.Equal("England", first.AreaName);
        Assert.Equal("Children ceasing to be looked after each year", first["population_type"]);
        Assert.Equal("28", first["RATE_PER_10000"]);
    }

    [Fact]
    public void ReadRows_QuotedEmptyStrings_AreBlank()
    {
        // head -2 d3_cpps_subsequent_plan_2013_to_2025.csv
        // -> 2025,Reporting year,National,E92000001,England,"","",,"","",Child Protection Plans which are a second or subsequent plan,61840,15130,24.5
        using var file = DfeData.Open("d3_cpps_subsequent_plan_2013_to_2025.csv");
        using var reader = EesTidyCsvReader.Open(file);
        var first = reader.ReadRows().First();

        Assert.Equal(string.Empty, first.RegionCode);
        Assert.Equal(string.Empty, first.RegionName);
        Assert.Equal(string.Empty, first.OldLaCode);
        Assert.Equal(string.Empty, first.NewLaCode);
        Assert.Equal(string.Empty, first.LaName);
        Assert.Equal(24.5m, first.Value("CPP_subsequent_percent").Value.Number);
    }

    // wc -l gives data rows + 1 for the header.
    [Theory]
    [InlineData("cla_number_and_rate_per_10k_children.csv", 2505)]
    [InlineData("d3_cpps_subsequent_plan_2013_to_2025.csv", 2132)]
    [InlineData("la_care_leavers_activity.csv", 20040)]
    public void ReadRows_StreamsEveryRow(string fileName, int rows)
    {
        using var file = DfeData.Open(fileName);
        using var reader = EesTidyCsvReader.Open(file);

        Assert.Equal(rows, reader.ReadRows().Count());
    }

    // Codes as the files publish them, found with grep (the value column is named in the table):
    //   grep -nE ',low(,|$)' csww_indicators_2017_to_2025.csv | head -1
    //     25:2025,...,394,E08000024,Sunderland,229.5,239,19.8,20,27.1,28,11.8,11.7,low,1,low,0.4,...  (agency_fte, agency_rate_fte)
    //   grep -nE ',k(,|$)' la_care_leavers_activity.csv | head -1
    //     1128:2025,...,344,Wirral,E08000015,19 to 21 years,Total information not known,1,k
    //   grep -E '^2024,.*,394,' csww_indicators_2017_to_2025.csv  -> ...,227.4,239,29.3,31,u,28,u,11.7,...  (leavers_fte, turnover_rate_fte: u alone)
    //   grep -E '^2025,.*,(207|420),' csww_indicators_2017_to_2025.csv
    //     Kensington and Chelsea: x in every value column; Isles of Scilly: 0,0,0,0,0,0,z,z,... (turnover_rate_fte z)
    //   grep -E '^2025,.*,201,.*31 March each' cla_number_and_rate_per_10k_children.csv  -> City of London,...,847,c,c
    //   grep -E '^2025,.*,909,.*31 March each' cla_number_and_rate_per_10k_children.csv  -> Cumbria,...,x,z,z
    [Theory]
    [InlineData("csww_indicators_2017_to_2025.csv", "2025", "394", "", "agency_rate_fte", PublishedValueKind.RoundsToZero)]
    [InlineData("la_care_leavers_activity.csv", "2025", "344", "care_leaver_age=19 to 21 years;breakdown=Total information not known", "care_leaver_percent", PublishedValueKind.LessThanHalf)]
    [InlineData("csww_indicators_2017_to_2025.csv", "2024", "394", "", "turnover_rate_fte", PublishedValueKind.LowReliability)]
    [InlineData("csww_indicators_2017_to_2025.csv", "2025", "207", "", "turnover_rate_fte", PublishedValueKind.NotAvailable)]
    [InlineData("csww_indicators_2017_to_2025.csv", "2025", "420", "", "turnover_rate_fte", PublishedValueKind.NotApplicable)]
    [InlineData("cla_number_and_rate_per_10k_children.csv", "2025", "201", "population_type=Children looked after on 31 March each year", "rate_per_10000", PublishedValueKind.Suppressed)]
    [InlineData("cla_number_and_rate_per_10k_children.csv", "2025", "909", "population_type=Children looked after on 31 March each year", "population_estimate", PublishedValueKind.NotAvailable)]
    public void Value_PublishedCode_IsCarriedAsItsMeaning(string fileName, string timePeriod, string laCode, string filters, string column, PublishedValueKind kind)
    {
        var row = FindRow(fileName, timePeriod, laCode, filters);

        var value = row.Value(column);

        Assert.True(value.Success, value.Expected);
        Assert.Equal(kind, value.Value.Kind);
        Assert.Null(value.Value.Number);
    }

    [Fact]
    public void Open_NotAnEesFile_Throws()
    {
        using var file = DfeData.Open("sn_model_2025_wide.csv");

        var error = Assert.Throws<UnreadableFileException>(() => EesTidyCsvReader.Open(file));
        Assert.Contains("time_period", error.Message, StringComparison.Ordinal);
    }

    internal static EesRow FindRow(string fileName, string timePeriod, string laCode, string filters)
    {
        var wanted = filters.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split('=')).ToList();
        using var file = DfeData.Open(fileName);
        using var reader = EesTidyCsvReader.Open(file);
        return reader.ReadRows().Single(r =>
            r.TimePeriod == timePeriod && r.GeographicLevel == GeographicLevel.LocalAuthority && r.OldLaCode == laCode &&
            wanted.All(f => r[f[0]] == f[1]));
    }
}

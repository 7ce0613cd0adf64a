using System.Text;
using ScrutinyReports.Domain.Statistics;
using ScrutinyReports.Ingestion.Population;
using ScrutinyReports.Ingestion.Uploads;
using ScrutinyReports.Testing;

namespace ScrutinyReports.Ingestion.Tests.Population;

public class ChildPopulationReaderTests
{
    // Every age 0 to 17 of both sexes for a year, boys 100 + age and girls 90 + age, with rows as the ONS writes them.
    private static string Year(string year, Func<int, string>? age = null) => string.Concat(Enumerable.Range(0, 18).Select(a =>
        $"{year},{(age ?? (x => x.ToString(System.Globalization.CultureInfo.InvariantCulture)))(a)},Male,{100 + a}\n{year},{(age ?? (x => x.ToString(System.Globalization.CultureInfo.InvariantCulture)))(a)},Female,{90 + a}\n"));

    private static (ChildPopulation? Population, List<string> Errors) Read(string csv)
    {
        var diagnostics = new UploadDiagnostics();
        var population = ChildPopulationReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "population.csv", diagnostics);
        return (population, diagnostics.Lines().ToList());
    }

    [Fact]
    public void Read_TwoYears_KeepsEveryAgeAndSex_AndSkipsOlderAgesAndAllPersonsRows()
    {
        var (population, errors) = Read("Year,Age,Sex,Population\n" + Year("2018") + Year("mid-2019", a => a == 0 ? "under 1" : $"Age {a}") +
                                        "2019,18,Male,130\n2019,Aged 90+,Female,40\n2019,5,All persons,\"1,000\"\n");

        Assert.Empty(errors);
        Assert.Equal([2018, 2019], population!.Years);
        Assert.Equal("population.csv", population.Source);
        Assert.Equal(36, population.For(2019).Count);
        // Boys: 100 + ... + 117 = 1,953; girls 90 + ... + 107 = 1,773.
        Assert.Equal(new Dictionary<string, long> { ["Male"] = 1_953, ["Female"] = 1_773 }, population.BaseFor("sex", 2019));
        Assert.Equal(100 + 90, population.BaseFor("age", 2018)!["Under 1 year"]);
        Assert.Equal(16 + 17 + 16 + 17 + 200 + 180, population.BaseFor("age", 2018)!["16 years and over"]);
    }

    [Fact]
    public void Read_BadCells_AreLocatedByRowAndColumn_AndNothingIsReturned()
    {
        var (population, errors) = Read("year,age,sex,population\n2019,x,Male,10\n19,3,Boy,10\n2019,4,Unknown,-5\n" + Year("2019"));

        Assert.Null(population);
        Assert.Equal(
        [
            "population.csv, row 2, column B (\"age\"): expected a single year of age, such as 7 or Age 7 (0 for under 1); found \"x\"",
            "population.csv, row 3, column A (\"year\"): expected the year of the mid-year estimate, such as 2023 or mid-2023; found \"19\"",
            "population.csv, row 4, column C (\"sex\"): expected Male or Female; found \"Unknown\"",
            "population.csv, row 4, column D (\"population\"): expected a whole number of people, 0 or more; found \"-5\"",
        ], errors);
    }

    [Fact]
    public void Read_ARepeatedAge_IsAnErrorAtItsRow()
    {
        var (population, errors) = Read("year,age,sex,population\n" + Year("2019") + "2019,3,Male,5\n");

        Assert.Null(population);
        Assert.Equal(["population.csv, row 38, column B (\"age\"): age 3, Male, mid-2019 is given twice, first in row 8; expected each age and sex once a year"], errors);
    }

    [Fact]
    public void Read_AMissingAge_IsNamed()
    {
        // Missing ages are looked for once every row reads, so that a row with a bad age is not also reported missing.
        var rows = Year("2019").Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(r => r != "2019,7,Female,97");
        var (population, errors) = Read("year,age,sex,population\n" + string.Join('\n', rows));

        Assert.Null(population);
        Assert.Equal(["population.csv: mid-2019 lacks Female age 7; every age from 0 to 17 is needed for Male and Female"], errors);
    }

    [Fact]
    public void Read_MissingColumn_NamesIt()
    {
        var (population, errors) = Read("year,age,population\n2019,1,10\n");

        Assert.Null(population);
        Assert.Contains(errors, e => e.Contains("\"sex\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Excel_ReadsTheSameWay()
    {
        var workbook = new XlsxWorkbookBuilder().Sheet("MYE", sheet =>
        {
            sheet.SharedString("A1", "Year").SharedString("B1", "Age").SharedString("C1", "Sex").SharedString("D1", "Population");
            var row = 2;
            for (var age = 0; age <= 17; age++)
            {
                foreach (var (sex, count) in new[] { ("Male", 100 + age), ("Female", 90 + age) })
                {
                    sheet.Number($"A{row}", 2019).Number($"B{row}", age).SharedString($"C{row}", sex).Number($"D{row}", count);
                    row++;
                }
            }

            sheet.Number($"A{row}", 2019).SharedString($"B{row}", "ten").SharedString($"C{row}", "Male").Number($"D{row}", 1);
        }).ToBytes();
        var diagnostics = new UploadDiagnostics();

        var population = ChildPopulationReader.Read(new MemoryStream(workbook), "mye.xlsx", diagnostics);

        Assert.Null(population);
        Assert.Equal(["mye.xlsx, row 38, column B (\"Age\"): expected a single year of age, such as 7 or Age 7 (0 for under 1); found \"ten\""], diagnostics.Lines());
    }
}

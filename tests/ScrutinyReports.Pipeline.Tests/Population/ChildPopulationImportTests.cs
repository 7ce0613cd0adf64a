using System.Globalization;
using System.Text;
using ScrutinyReports.Cli;
using ScrutinyReports.Pipeline.Population;
using ScrutinyReports.Pipeline.Storage;
using ScrutinyReports.Pipeline.Tests.Cli;

namespace ScrutinyReports.Pipeline.Tests.Population;

public sealed class ChildPopulationImportTests : PipelineFixture
{
    // Boys 1,000 and girls 950 at each age 0 to 17 for each year given.
    internal static string Csv(params int[] years) => "year,age,sex,population\n" + string.Concat(years.SelectMany(year => Enumerable.Range(0, 18).Select(age =>
        string.Create(CultureInfo.InvariantCulture, $"{year},{age},Male,1000\n{year},{age},Female,950\n"))));

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Import_StoresThePopulation_AndKeepsTheFileInTheArchive()
    {
        var result = await new ChildPopulationImporter(Store).ImportAsync(Stream(Csv(2018, 2019)), "mye.csv");

        Assert.True(result.Succeeded);
        var stored = await ChildPopulationDocument.LoadAsync(Store.Files);
        Assert.Equal([2018, 2019], stored!.Years);
        Assert.Equal("mye.csv", stored.Source);
        Assert.Equal(18 * 1_000L, stored.BaseFor("sex", 2019)!["Male"]);
        var archived = Assert.Single(await Store.Files.ListAsync(Containers.Archive, ChildPopulationDocument.ArchiveFolder));
        await using var kept = await Store.Files.OpenReadAsync(Containers.Archive, archived);
        Assert.Equal(Csv(2018, 2019), await new StreamReader(kept!).ReadToEndAsync());
    }

    [Fact]
    public async Task Import_AFileWithAnError_ChangesNothing()
    {
        await new ChildPopulationImporter(Store).ImportAsync(Stream(Csv(2018)), "first.csv");

        var result = await new ChildPopulationImporter(Store).ImportAsync(Stream(Csv(2019).Replace("2019,4,Male,1000", "2019,4,Male,lots", StringComparison.Ordinal)), "second.csv");

        Assert.Equal(["second.csv, row 10, column D (\"population\"): expected a whole number of people, 0 or more; found \"lots\""], result.Errors);
        Assert.Equal("first.csv", (await ChildPopulationDocument.LoadAsync(Store.Files))!.Source);
        Assert.Single(await Store.Files.ListAsync(Containers.Archive, ChildPopulationDocument.ArchiveFolder));
    }

    [Fact]
    public async Task Cli_PopulationImport_SaysWhatItStored()
    {
        using var folder = new TempFolder();
        var file = folder.File("mye.csv");
        await File.WriteAllTextAsync(file, Csv(2019));

        var run = await CliRun.RunAsync("population", "import", file, "--store", Path.Combine(folder.Path, "store"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("mid-2019: 35,100 children aged 0 to 17", run.Output, StringComparison.Ordinal);
    }
}

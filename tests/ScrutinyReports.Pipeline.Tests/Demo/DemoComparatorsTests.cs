using System.Text.Json;
using ScrutinyReports.Cli;
using ScrutinyReports.Pipeline.Tests.Cli;
using ScrutinyReports.Testing;

namespace ScrutinyReports.Pipeline.Tests.Demo;

/// <summary>
/// <c>scrutiny demo</c> borrows a real authority's published comparators from the DfE files shipped inside the CLI.
/// Expected figures are read by hand from data/dfe: c1 (2019) and cla_number_and_rate_per_10k_children.csv (2021),
/// with Wolverhampton's 10 neighbours in sn_model_2025_wide.csv (333, 861, 335, 810, 354, 331, 371, 831, 806, 812).
/// </summary>
public sealed class DemoComparatorsTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string Store => Path.Combine(folder.Path, "store");

    public void Dispose() => folder.Dispose();

    public static TheoryData<string, string, decimal, decimal, decimal> Published => new()
    {
        // 2018/19 re-referrals: England 22.6, West Midlands 23.6; neighbours 23.9, 31.2, 25.2, 27.9, 15.9, 25.2, 27, 16.5, 23.2, 15.7 (mean 23.17).
        { "REREFERRALS_12M", "2018/19", 22.6m, 23.6m, 23.2m },
        // No CLA rate was published by September 2019; the earliest, 2020/21: England 69, West Midlands 86;
        // neighbours 103, 171, 98, 160, 103, 97, 85, 109, 172, 179 (mean 127.7).
        { "CLA_RATE", "2020/21", 69m, 86m, 127.7m },
    };

    [Theory]
    [MemberData(nameof(Published))]
    public async Task Demo_ComparatorsAreWolverhamptonsPublishedEnglandRegionAndNeighbourFigures(string indicatorId, string year, decimal england, decimal region, decimal neighbours)
    {
        var run = await CliRun.RunAsync("demo", "--store", Store);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(run.OutputLines[0]));
        var indicator = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == indicatorId);
        var comparators = indicator.GetProperty("comparators").EnumerateArray().ToDictionary(c => c.GetProperty("kind").GetString()!);
        Assert.All(comparators.Values, c => Assert.Equal(year, c.GetProperty("period").GetString()));
        Assert.Equal(england, comparators["england"].GetProperty("value").GetDecimal());
        Assert.Equal(("West Midlands", region), (comparators["region"].GetProperty("name").GetString(), comparators["region"].GetProperty("value").GetDecimal()));
        Assert.Equal((neighbours, 10), (comparators["sn_mean"].GetProperty("value").GetDecimal(), comparators["sn_mean"].GetProperty("n").GetInt32()));
        // Wolverhampton's own figure would read as the fictional council's: it is left out.
        Assert.False(comparators.ContainsKey("published_local"));
    }

    [Fact]
    public async Task Demo_SaysOnTheCoverAndInTheThemesThatFiguresAreFictionalAndComparatorsReal()
    {
        var run = await CliRun.RunAsync("demo", "--store", Store);

        const string statement = "The council's own figures are fictional. The comparators are real published Department for Education figures for Wolverhampton's region (West Midlands), England and Wolverhampton's statistical neighbours, each with its year.";
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(run.OutputLines[0]));
        var borrowed = json.RootElement.GetProperty("comparatorSource").GetProperty("borrowed");
        Assert.Equal(("336", "Wolverhampton", statement), (borrowed.GetProperty("localAuthority").GetString(), borrowed.GetProperty("authorityName").GetString(), borrowed.GetProperty("statement").GetString()));
        var html = System.Net.WebUtility.HtmlDecode(await File.ReadAllTextAsync(run.OutputLines[1]));
        Assert.Contains($"<th scope=\"row\">About the figures</th><td>{statement}</td>", html, StringComparison.Ordinal);
        Assert.Contains($"Comparators: {statement}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_WithAnotherAuthority_BorrowsItsRegion()
    {
        // 202 is Camden, in Inner London.
        var run = await CliRun.RunAsync("demo", "--store", Store, "--la", "202");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(run.OutputLines[0]));
        var rereferrals = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "REREFERRALS_12M");
        Assert.Contains(rereferrals.GetProperty("comparators").EnumerateArray(), c => c.GetProperty("name").GetString() == "Inner London");
        Assert.Equal("Camden", json.RootElement.GetProperty("comparatorSource").GetProperty("borrowed").GetProperty("authorityName").GetString());
    }

    [Fact]
    public async Task Demo_WithAnUnknownAuthority_FailsAndSaysWhy()
    {
        var run = await CliRun.RunAsync("demo", "--store", Store, "--la", "999");

        Assert.NotEqual(ExitCodes.Success, run.ExitCode);
        Assert.Contains("local authority 999 is not in sn_model_2025_wide.csv", run.Error, StringComparison.Ordinal);
    }
}

namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>eng/bicep.sh: every Bicep file in infra/ lints and builds with no error and no warning.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class BicepCheckTests(CompiledInfrastructure infrastructure)
{
    [Fact]
    public void BicepScript_LintsAndBuildsWithoutDiagnostics()
    {
        var check = infrastructure.Check;

        Assert.True(check.ExitCode == 0, check.Describe());
        Assert.DoesNotContain(": Warning ", check.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(": Error ", check.StandardError, StringComparison.Ordinal);
        Assert.Contains("infra/ builds and lints clean", check.StandardError, StringComparison.Ordinal);
        Assert.EndsWith("main.json", check.StandardOutput.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void BicepConfig_TurnsNoLinterRuleOff()
    {
        var config = File.ReadAllText(RepositoryRoot.File("infra/bicepconfig.json"));

        Assert.DoesNotContain("\"off\"", config, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"none\"", config, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Suppressions_AreOnlyTheExplainedOnes()
    {
        // Each is explained beside it: role assignments named from a principal ID that exists only once its resource
        // does, which What-If cannot predict.
        var suppressions = Directory.EnumerateFiles(RepositoryRoot.File("infra"), "*.bicep", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select(line => (File: Path.GetFileName(file), Line: line.Trim())))
            .Where(entry => entry.Line.StartsWith("#disable", StringComparison.Ordinal))
            .Order()
            .ToList();

        Assert.Equal(
            [
                ("event-grid.bicep", "#disable-next-line what-if-short-circuiting"),
                ("function-app.bicep", "#disable-next-line what-if-short-circuiting"),
            ],
            suppressions);
    }
}

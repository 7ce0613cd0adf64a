namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>azure.yaml: the service azd deploys, where the infrastructure is and the hooks it runs, all of which must exist.</summary>
public sealed class AzureYamlTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepositoryRoot.File("azure.yaml"));

    [Theory]
    [InlineData("name: scrutiny-reports")]
    [InlineData("  provider: bicep")]
    [InlineData("  path: infra")]
    [InlineData("  function:")]
    [InlineData("    project: ./src/ScrutinyReports.Functions")]
    [InlineData("    language: dotnet")]
    [InlineData("    host: function")]
    [InlineData("  postdeploy:")]
    [InlineData("  preprovision:")]
    [InlineData("  postprovision:")]
    public void Line_IsPresent(string line) => Assert.Contains(line, Lines);

    [Fact]
    public void ServiceProject_IsTheFunctionsApp() =>
        Assert.True(File.Exists(RepositoryRoot.File("src/ScrutinyReports.Functions/ScrutinyReports.Functions.csproj")));

    [Fact]
    public void Hooks_Exist()
    {
        var scripts = Lines.Select(line => line.Trim()).Where(line => line.StartsWith("run: ", StringComparison.Ordinal)).Select(line => line["run: ".Length..]).ToList();

        Assert.Equal(
            ["./infra/hooks/preprovision.sh", "./infra/hooks/preprovision.ps1", "./infra/hooks/postprovision.sh", "./infra/hooks/postprovision.ps1",
             "./infra/hooks/postdeploy.sh", "./infra/hooks/postdeploy.ps1"],
            scripts);
        Assert.All(scripts, script => Assert.True(File.Exists(RepositoryRoot.File(script[2..])), script));
    }

    [Fact]
    public void Lines_HaveNoTabs() => Assert.DoesNotContain(Lines, line => line.Contains('\t', StringComparison.Ordinal));
}

namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>
/// infra/main.bicep built once for every test class, by eng/bicep.sh (which restores the Bicep CLI package and also
/// lints every file), into a folder of its own. A failed build or lint is kept, not thrown, so that
/// <see cref="BicepCheckTests"/> reports the diagnostics while the other tests say why they cannot run.
/// </summary>
public sealed class CompiledInfrastructure : IAsyncLifetime
{
    private readonly string outputFolder = Path.Combine(Path.GetTempPath(), "scrutiny-infra-tests", Guid.NewGuid().ToString("N"));
    private ArmTemplate? main;

    internal ScriptRun Check { get; private set; } = new(-1, string.Empty, "eng/bicep.sh has not run.");

    /// <summary>The compiled infra/main.bicep with its modules.</summary>
    internal ArmTemplate Main => main ?? throw new InvalidOperationException($"infra/main.bicep did not build and lint cleanly: {Check.Describe()}");

    public async Task InitializeAsync()
    {
        Check = await ScriptRun.RunAsync("bash", [RepositoryRoot.File("eng/bicep.sh"), outputFolder]);
        var compiled = Path.Combine(outputFolder, "main.json");
        if (Check.ExitCode == 0 && File.Exists(compiled))
        {
            main = ArmTemplate.Parse(await File.ReadAllTextAsync(compiled));
        }
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(outputFolder))
        {
            Directory.Delete(outputFolder, recursive: true);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Test classes that share one build of infra/.</summary>
[CollectionDefinition(Name)]
public sealed class InfrastructureCollection : ICollectionFixture<CompiledInfrastructure>
{
    public const string Name = "Compiled infrastructure";
}

namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>
/// infra/hooks/postdeploy.sh, run with stand-ins for az and azd that record their arguments: it creates or updates the
/// Event Grid subscription from the values main.bicep outputs, on every deployment, and leaves the azd environment
/// alone. postdeploy.ps1 is checked to pass az the same options.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed partial class PostdeployHookTests(CompiledInfrastructure infrastructure) : IDisposable
{
    private const string CreateCommand = "eventgrid event-subscription create";
    private const string StorageAccountId = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-test/providers/Microsoft.Storage/storageAccounts/sttest";

    private readonly string folder = Directory.CreateTempSubdirectory("scrutiny-hook-").FullName;

    [Fact]
    public async Task Hook_SubscribesIngestUploadToBlobsCreatedInUploads()
    {
        var run = await RunHookAsync(new Dictionary<string, string>());
        var subscription = Assert.Single(await AzCallsAsync(), line => line.StartsWith(CreateCommand, StringComparison.Ordinal));

        Assert.True(run.ExitCode == 0, run.Describe());
        // On the storage account, which puts it on the account's one system topic.
        Assert.Contains($"--source-resource-id {StorageAccountId} ", subscription, StringComparison.Ordinal);
        Assert.Contains("--name uploads-to-ingest ", subscription, StringComparison.Ordinal);
        Assert.Contains("--subject-begins-with /blobServices/default/containers/uploads/ ", subscription, StringComparison.Ordinal);
        Assert.Contains("--included-event-types Microsoft.Storage.BlobCreated ", subscription, StringComparison.Ordinal);
        Assert.Contains("--endpoint-type webhook ", subscription, StringComparison.Ordinal);
        Assert.Contains("--endpoint https://func-test.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.IngestUpload&code=key-from-az ", subscription, StringComparison.Ordinal);
        Assert.Contains("--event-delivery-schema eventgridschema ", subscription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hook_SendsUndeliveredEventsToTheDeadLetterContainerWithTheTopicsIdentity()
    {
        var run = await RunHookAsync(new Dictionary<string, string>());
        var subscription = Assert.Single(await AzCallsAsync(), line => line.StartsWith(CreateCommand, StringComparison.Ordinal));

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("--deadletter-identity systemassigned ", subscription, StringComparison.Ordinal);
        Assert.Contains($"--deadletter-identity-endpoint {StorageAccountId}/blobServices/default/containers/uploads-deadletter ", subscription, StringComparison.Ordinal);
        Assert.DoesNotContain("--deadletter-endpoint ", subscription, StringComparison.Ordinal);
        Assert.Contains("--max-delivery-attempts 30 ", subscription, StringComparison.Ordinal);
        Assert.Contains("--event-ttl 1440 ", subscription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hook_EveryDeployment_CreatesOrUpdatesTheSameSubscriptionAndLeavesAzdAlone()
    {
        var first = await RunHookAsync(new Dictionary<string, string>());
        var second = await RunHookAsync(new Dictionary<string, string>());
        var creates = (await AzCallsAsync()).Where(line => line.StartsWith(CreateCommand, StringComparison.Ordinal)).ToList();

        Assert.True(first.ExitCode == 0, first.Describe());
        Assert.True(second.ExitCode == 0, second.Describe());
        Assert.Equal(2, creates.Count);
        Assert.Equal(creates[0], creates[1]);
        Assert.DoesNotContain(await AzCallsAsync(), line => line.Contains(" delete", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(folder, "azd.log")));
    }

    [Fact]
    public void PowerShellHook_PassesAzTheSameOptions()
    {
        // The Windows hook cannot run here (no pwsh), so its az call is compared option by option with the sh one's.
        var sh = File.ReadAllText(RepositoryRoot.File("infra/hooks/postdeploy.sh"));
        var ps1 = File.ReadAllText(RepositoryRoot.File("infra/hooks/postdeploy.ps1"));

        Assert.NotEmpty(OptionsOf(sh));
        Assert.Equal(OptionsOf(sh), OptionsOf(ps1));
        Assert.DoesNotContain("azd env set", ps1, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hook_WithoutProvisionOutputs_FailsSayingWhat()
    {
        var run = await RunHookAsync(new Dictionary<string, string> { ["UPLOADS_DEADLETTER_CONTAINER_NAME"] = string.Empty });

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("UPLOADS_DEADLETTER_CONTAINER_NAME is not set", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "az.log")));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<ScriptRun> RunHookAsync(Dictionary<string, string> overrides)
    {
        await WriteStandInAsync("az", "case \"$*\" in 'functionapp keys list'*) echo key-from-az ;; esac");
        await WriteStandInAsync("azd", string.Empty);

        // The environment azd gives a hook: main.bicep's outputs, with the values the compiled template works out.
        var main = infrastructure.Main;
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = $"{folder}:{Environment.GetEnvironmentVariable("PATH")}",
            ["AZURE_RESOURCE_GROUP"] = "rg-test",
            ["AZURE_FUNCTION_APP_NAME"] = "func-test",
            ["FUNCTION_APP_URL"] = "https://func-test.azurewebsites.net",
            ["AZURE_STORAGE_ACCOUNT_ID"] = StorageAccountId,
            ["UPLOADS_SUBSCRIPTION_NAME"] = main.ResolveString(main.Outputs["UPLOADS_SUBSCRIPTION_NAME"]!["value"])!,
            ["UPLOADS_SUBJECT_BEGINS_WITH"] = main.ResolveString(main.Outputs["UPLOADS_SUBJECT_BEGINS_WITH"]!["value"])!,
            ["UPLOADS_EVENT_TYPES"] = string.Join(' ', main.Resolve(System.Text.Json.Nodes.JsonValue.Create("[variables('uploadsEventTypes')]"))!.AsArray().Select(type => type!.GetValue<string>())),
            ["INGEST_FUNCTION_NAME"] = main.ResolveString(main.Outputs["INGEST_FUNCTION_NAME"]!["value"])!,
            ["UPLOADS_DEADLETTER_CONTAINER_NAME"] = main.ResolveString(main.Outputs["UPLOADS_DEADLETTER_CONTAINER_NAME"]!["value"])!,
        };
        foreach (var (name, value) in overrides)
        {
            environment[name] = value;
        }

        return await ScriptRun.RunAsync("sh", [RepositoryRoot.File("infra/hooks/postdeploy.sh")], environment);
    }

    private async Task<string[]> AzCallsAsync() => await File.ReadAllLinesAsync(Path.Combine(folder, "az.log"));

    /// <summary>The options given to the script's az eventgrid call, in order.</summary>
    private static string[] OptionsOf(string script)
    {
        var call = script[script.IndexOf("\naz eventgrid ", StringComparison.Ordinal)..];
        call = call[..call.IndexOf("--output none", StringComparison.Ordinal)];
        return [.. Option().Matches(call).Select(match => match.Value)];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"--[a-z-]+")]
    private static partial System.Text.RegularExpressions.Regex Option();

    private async Task WriteStandInAsync(string command, string body)
    {
        var path = Path.Combine(folder, command);
        await File.WriteAllTextAsync(path, $"#!/bin/sh\necho \"$*\" >> '{folder}/{command}.log'\n{body}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}

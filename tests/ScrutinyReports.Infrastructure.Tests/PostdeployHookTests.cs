namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>
/// infra/hooks/postdeploy.sh, run with stand-ins for az and azd that record their arguments: it creates the Event
/// Grid subscription from the values main.bicep outputs, and marks the endpoint ready for later provisions.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class PostdeployHookTests(CompiledInfrastructure infrastructure) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("scrutiny-hook-").FullName;

    [Fact]
    public async Task Hook_SubscribesIngestUploadToBlobsCreatedInUploads()
    {
        var run = await RunHookAsync(new Dictionary<string, string>());
        var az = await File.ReadAllLinesAsync(Path.Combine(folder, "az.log"));
        var subscription = Assert.Single(az, line => line.StartsWith("eventgrid system-topic event-subscription create", StringComparison.Ordinal));

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("--system-topic-name evgt-test ", subscription, StringComparison.Ordinal);
        Assert.Contains("--name uploads-to-ingest ", subscription, StringComparison.Ordinal);
        Assert.Contains("--subject-begins-with /blobServices/default/containers/uploads/ ", subscription, StringComparison.Ordinal);
        Assert.Contains("--included-event-types Microsoft.Storage.BlobCreated ", subscription, StringComparison.Ordinal);
        Assert.Contains("--endpoint https://func-test.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.IngestUpload&code=key-from-az ", subscription, StringComparison.Ordinal);
        Assert.Equal(["env set INGEST_ENDPOINT_READY true"], await File.ReadAllLinesAsync(Path.Combine(folder, "azd.log")));
    }

    [Fact]
    public async Task Hook_OnceReady_LeavesTheAzdEnvironmentAlone()
    {
        var run = await RunHookAsync(new Dictionary<string, string> { ["INGEST_ENDPOINT_READY"] = "true" });

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.False(File.Exists(Path.Combine(folder, "azd.log")));
    }

    [Fact]
    public async Task Hook_WithoutProvisionOutputs_FailsSayingWhat()
    {
        var run = await RunHookAsync(new Dictionary<string, string> { ["EVENTGRID_SYSTEM_TOPIC_NAME"] = string.Empty });

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("EVENTGRID_SYSTEM_TOPIC_NAME is not set", run.StandardError, StringComparison.Ordinal);
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
            ["EVENTGRID_SYSTEM_TOPIC_NAME"] = "evgt-test",
            ["UPLOADS_SUBSCRIPTION_NAME"] = main.ResolveString(main.Outputs["UPLOADS_SUBSCRIPTION_NAME"]!["value"])!,
            ["UPLOADS_SUBJECT_BEGINS_WITH"] = main.ResolveString(main.Outputs["UPLOADS_SUBJECT_BEGINS_WITH"]!["value"])!,
            ["UPLOADS_EVENT_TYPES"] = string.Join(' ', main.Resolve(System.Text.Json.Nodes.JsonValue.Create("[variables('uploadsEventTypes')]"))!.AsArray().Select(type => type!.GetValue<string>())),
            ["INGEST_FUNCTION_NAME"] = main.ResolveString(main.Outputs["INGEST_FUNCTION_NAME"]!["value"])!,
            ["INGEST_ENDPOINT_READY"] = "false",
        };
        foreach (var (name, value) in overrides)
        {
            environment[name] = value;
        }

        return await ScriptRun.RunAsync("sh", [RepositoryRoot.File("infra/hooks/postdeploy.sh")], environment);
    }

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

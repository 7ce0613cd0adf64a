namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>What azd, the hooks and the deployment guide read back: the app's name, the portal and the uploads container.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class OutputsTests(CompiledInfrastructure infrastructure)
{
    [Theory]
    [InlineData("AZURE_FUNCTION_APP_NAME")]
    [InlineData("PORTAL_URL")]
    [InlineData("UPLOADS_CONTAINER_URL")]
    [InlineData("FUNCTION_APP_URL")]
    [InlineData("AZURE_RESOURCE_GROUP")]
    [InlineData("AZURE_STORAGE_ACCOUNT_NAME")]
    [InlineData("AZURE_KEY_VAULT_NAME")]
    [InlineData("EVENTGRID_SYSTEM_TOPIC_NAME")]
    [InlineData("AZURE_STORAGE_ACCOUNT_ID")]
    [InlineData("UPLOADS_DEADLETTER_CONTAINER_NAME")]
    public void Output_IsAString(string name) => Assert.Equal("string", infrastructure.Main.Outputs[name]?["type"]?.GetValue<string>());

    [Fact]
    public void UploadsContainerUrl_IsTheBlobEndpointsUploads()
    {
        var storage = infrastructure.Main.Single("Microsoft.Storage/storageAccounts").Template;

        Assert.Equal("[format('{0}uploads', reference(resourceId('Microsoft.Storage/storageAccounts', parameters('name')), '2025-08-01').primaryEndpoints.blob)]",
            storage.Outputs["uploadsContainerUrl"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void StorageAccountId_IsTheAccountsResourceId()
    {
        var storage = infrastructure.Main.Single("Microsoft.Storage/storageAccounts").Template;

        Assert.EndsWith("'Microsoft.Resources/deployments', 'storage'), '2025-04-01').outputs.id.value]", infrastructure.Main.Outputs["AZURE_STORAGE_ACCOUNT_ID"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('name'))]", storage.Outputs["id"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void PortalUrl_FollowsPublicReports() =>
        Assert.StartsWith("[if(parameters('publicReports'), ", infrastructure.Main.Outputs["PORTAL_URL"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);

    [Theory]
    [InlineData("UPLOADS_SUBJECT_BEGINS_WITH", "/blobServices/default/containers/uploads/")]
    [InlineData("UPLOADS_EVENT_TYPES", "Microsoft.Storage.BlobCreated")]
    [InlineData("INGEST_FUNCTION_NAME", "IngestUpload")]
    [InlineData("UPLOADS_SUBSCRIPTION_NAME", "uploads-to-ingest")]
    [InlineData("UPLOADS_DEADLETTER_CONTAINER_NAME", "uploads-deadletter")]
    public void HookOutput_DescribesTheSubscription(string name, string expected)
    {
        var value = infrastructure.Main.Outputs[name]!["value"]!.GetValue<string>();

        // UPLOADS_EVENT_TYPES joins a list, one argument each for the hook.
        var resolved = value.StartsWith("[join(", StringComparison.Ordinal)
            ? string.Join(' ', infrastructure.Main.Resolve(System.Text.Json.Nodes.JsonValue.Create("[variables('uploadsEventTypes')]"))!.AsArray().Select(type => type!.GetValue<string>()))
            : infrastructure.Main.ResolveString(infrastructure.Main.Outputs[name]!["value"]);
        Assert.Equal(expected, resolved);
    }

    [Fact]
    public void Parameters_MapEveryRequiredParameterFromTheAzdEnvironment()
    {
        var mapped = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepositoryRoot.File("infra/main.parameters.json")))!["parameters"]!.AsObject();
        var required = infrastructure.Main.Parameters.Where(pair => pair.Value!["defaultValue"] is null).Select(pair => pair.Key);

        Assert.Empty(required.Except(mapped.Select(pair => pair.Key), StringComparer.Ordinal));
        Assert.Empty(mapped.Select(pair => pair.Key).Except(infrastructure.Main.Parameters.Select(pair => pair.Key), StringComparer.Ordinal));
    }

    [Fact]
    public void Resources_AreTaggedWithTheAzdEnvironment()
    {
        Assert.Equal("[parameters('environmentName')]", infrastructure.Main.Resolve(System.Text.Json.Nodes.JsonValue.Create("[variables('tags')]"))!["azd-env-name"]!.GetValue<string>());
    }
}

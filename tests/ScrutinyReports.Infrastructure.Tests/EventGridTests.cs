namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>The system topic on the store's account; the subscription to uploads/ is left to the postdeploy hook (see <see cref="PostdeployHookTests"/>).</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class EventGridTests(CompiledInfrastructure infrastructure)
{
    [Fact]
    public void SystemTopic_IsOnTheStoresStorageAccount()
    {
        var topic = infrastructure.Main.Single("Microsoft.EventGrid/systemTopics");

        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.StringAt("properties.topicType"));
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]", topic.StringAt("properties.source"));
        Assert.Equal("[variables('storageAccountName')]", DeploymentParameter("event-grid", "storageAccountName"));
        Assert.Equal("[variables('storageAccountName')]", DeploymentParameter("storage", "name"));
    }

    [Fact]
    public void IngestFunctionName_IsTheBlobTriggersName()
    {
        var source = File.ReadAllText(RepositoryRoot.File("src/ScrutinyReports.Functions/IngestUpload.cs"));

        Assert.Contains("public sealed class IngestUpload(", source, StringComparison.Ordinal);
        Assert.Contains("[Function(nameof(IngestUpload))]", source, StringComparison.Ordinal);
        Assert.Contains("Source = BlobTriggerSource.EventGrid", source, StringComparison.Ordinal);
    }

    [Fact]
    public void SystemTopic_HasASystemAssignedIdentityForDeadLetters() =>
        Assert.Equal("SystemAssigned", infrastructure.Main.Single("Microsoft.EventGrid/systemTopics").StringAt("identity.type"));

    [Fact]
    public void DeadLetterWriter_IsTheTopicsIdentityOnTheDeadLetterContainer()
    {
        var access = infrastructure.Main.OfType("Microsoft.Resources/deployments").Single(deployment => deployment.Name == "dead-letter-access");
        var writer = Assert.Single(access.ModuleTemplate.OwnResources, resource => resource.Type == "Microsoft.Authorization/roleAssignments");

        Assert.Equal("[reference(resourceId('Microsoft.EventGrid/systemTopics', parameters('name')), '2025-02-15', 'full').identity.principalId]", writer.StringAt("properties.principalId"));
        Assert.Equal("uploads-deadletter", writer.Template.ResolveString(System.Text.Json.Nodes.JsonValue.Create("[parameters('containerName')]")));
        Assert.Equal("[variables('deadLetterContainerName')]", DeploymentParameter("event-grid", "deadLetterContainerName"));
        Assert.Equal("[variables('deadLetterContainerName')]", DeploymentParameter("storage", "deadLetterContainerName"));
    }

    [Fact]
    public void Provision_DeclaresNoSubscriptionAndReadsNoHostKeys()
    {
        // The postdeploy hook alone makes the subscription, once the deployed host has its blobs_extension key; a
        // provision that called listKeys on a restarting host failed.
        var template = infrastructure.Main.Body.ToJsonString();

        Assert.Empty(infrastructure.Main.OfType("Microsoft.EventGrid/systemTopics/eventSubscriptions"));
        Assert.DoesNotContain("listKeys", template, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Microsoft.Web/sites/host", template, StringComparison.Ordinal);
    }

    [Fact]
    public void EndpointReadiness_IsNoLongerAParameter()
    {
        Assert.False(infrastructure.Main.Parameters.ContainsKey("ingestEndpointReady"));
        Assert.DoesNotContain("INGEST_ENDPOINT_READY", File.ReadAllText(RepositoryRoot.File("infra/main.parameters.json")), StringComparison.Ordinal);
    }

    private string? DeploymentParameter(string module, string name) =>
        infrastructure.Main.OfType("Microsoft.Resources/deployments").Single(deployment => deployment.Name == module)
            .Properties["parameters"]![name]!["value"]!.GetValue<string>();
}

namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>Event Grid delivers the blobs created in uploads/, and only those, to IngestUpload's blob extension endpoint.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class EventGridTests(CompiledInfrastructure infrastructure)
{
    private ArmResource Subscription => infrastructure.Main.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");

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
    public void Subscription_FiltersToBlobsCreatedInUploads()
    {
        Assert.Equal("/blobServices/default/containers/uploads/", Subscription.StringAt("properties.filter.subjectBeginsWith"));
        Assert.Equal(["Microsoft.Storage.BlobCreated"], Subscription.At("properties.filter.includedEventTypes")!.AsArray().Select(type => type!.GetValue<string>()));
    }

    [Fact]
    public void Subscription_DeliversToIngestUploadThroughTheBlobExtension()
    {
        var endpoint = Subscription.StringAt("properties.destination.properties.endpointUrl");

        Assert.Equal("WebHook", Subscription.StringAt("properties.destination.endpointType"));
        Assert.Contains("'https://{0}/runtime/webhooks/blobs?functionName=Host.Functions.{1}&code={2}'", endpoint, StringComparison.Ordinal);
        Assert.Contains("listKeys(resourceId('Microsoft.Web/sites/host', parameters('functionAppName'), 'default'), '2024-11-01').systemKeys.blobs_extension", endpoint, StringComparison.Ordinal);
        Assert.Equal("IngestUpload", Subscription.Template.ResolveString(System.Text.Json.Nodes.JsonValue.Create("[parameters('functionName')]")));
        Assert.Equal("EventGridSchema", Subscription.StringAt("properties.eventDeliverySchema"));
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
    public void Subscription_IsDeployedOnceTheEndpointIsReady()
    {
        var module = infrastructure.Main.OfType("Microsoft.Resources/deployments").Single(deployment => deployment.Name == "uploads-subscription");

        Assert.Equal("[parameters('ingestEndpointReady')]", module.Condition);
        Assert.False(infrastructure.Main.Parameters["ingestEndpointReady"]!["defaultValue"]!.GetValue<bool>());
        Assert.Contains("\"${INGEST_ENDPOINT_READY=false}\"", File.ReadAllText(RepositoryRoot.File("infra/main.parameters.json")), StringComparison.Ordinal);
    }

    private string? DeploymentParameter(string module, string name) =>
        infrastructure.Main.OfType("Microsoft.Resources/deployments").Single(deployment => deployment.Name == module)
            .Properties["parameters"]![name]!["value"]!.GetValue<string>();
}

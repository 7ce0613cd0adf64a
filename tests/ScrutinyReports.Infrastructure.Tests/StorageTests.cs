using System.Text.Json.Nodes;

namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>The store's storage account: no keys, nothing public, nothing lost, and every container, queue and table the app uses.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class StorageTests(CompiledInfrastructure infrastructure)
{
    private ArmResource Account => infrastructure.Main.Single("Microsoft.Storage/storageAccounts");

    private ArmResource BlobService => infrastructure.Main.Single("Microsoft.Storage/storageAccounts/blobServices");

    [Theory]
    [InlineData("properties.allowSharedKeyAccess", false)]
    [InlineData("properties.allowBlobPublicAccess", false)]
    [InlineData("properties.supportsHttpsTrafficOnly", true)]
    [InlineData("properties.defaultToOAuthAuthentication", true)]
    [InlineData("properties.allowCrossTenantReplication", false)]
    public void Account_SecuritySwitch(string path, bool expected) =>
        Assert.Equal(expected, Account.At(path)?.GetValue<bool>());

    [Fact]
    public void Account_RequiresTls12() => Assert.Equal("TLS1_2", Account.StringAt("properties.minimumTlsVersion"));

    [Theory]
    [InlineData("properties.isVersioningEnabled")]
    [InlineData("properties.deleteRetentionPolicy.enabled")]
    [InlineData("properties.containerDeleteRetentionPolicy.enabled")]
    public void BlobService_KeepsEveryUpload(string path) => Assert.True(BlobService.At(path)?.GetValue<bool>());

    [Theory]
    [InlineData("properties.deleteRetentionPolicy.days")]
    [InlineData("properties.containerDeleteRetentionPolicy.days")]
    public void BlobService_KeepsDeletedDataAtLeastAWeek(string path) => Assert.InRange(BlobService.At(path)!.GetValue<int>(), 7, 365);

    [Fact]
    public void StaticWebsite_IsOnOnlyWithPublicReports()
    {
        Assert.Equal("[parameters('publicReports')]", BlobService.Body["properties"]!["staticWebsite"]!["enabled"]!.GetValue<string>());
        Assert.Equal("[parameters('publicReports')]", DeploymentParameter("storage", "publicReports")!.GetValue<string>());
        Assert.False(BlobService.At("properties.staticWebsite.enabled")!.GetValue<bool>());
    }

    [Fact]
    public void Containers_AreTheAppsTheDeploymentPackagesAndTheDeadLettersAndPrivate()
    {
        var containers = infrastructure.Main.Single("Microsoft.Storage/storageAccounts/blobServices/containers");

        Assert.Equal(["uploads", "archive", "reports", "comparators", "mail", "templates"], Strings(containers.Template.Resolve(JsonValue.Create("[variables('appContainers')]"))));
        Assert.Contains("concat(variables('appContainers'), createArray(parameters('deploymentContainerName'), parameters('deadLetterContainerName')))", containers.Name, StringComparison.Ordinal);
        Assert.Equal("uploads-deadletter", containers.Template.ResolveString(JsonValue.Create("[parameters('deadLetterContainerName')]")));
        Assert.StartsWith("[format('app-package-", infrastructure.Main.ResolveString(JsonValue.Create("[variables('deploymentContainerName')]")), StringComparison.Ordinal);
        Assert.Equal("None", containers.StringAt("properties.publicAccess"));
    }

    [Fact]
    public void Queues_IncludeNotificationsAndTheirPoisonQueues()
    {
        var queues = infrastructure.Main.Single("Microsoft.Storage/storageAccounts/queueServices/queues");

        Assert.Equal(["notifications", "notifications-poison", "webjobs-blobtrigger-poison", "publications", "publications-poison", "portal-refresh"],
            Strings(queues.Template.Resolve(JsonValue.Create("[variables('appQueues')]"))));
        Assert.Contains("variables('appQueues')[copyIndex()]", queues.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Queues_IncludeEveryOneTheFunctionsAppNamesWithItsPoisonQueue()
    {
        // Queue names in src/ScrutinyReports.Functions (const string ...Queue = "..."): the triggers' queues must exist,
        // and a trigger's poison queue too, or a message that keeps failing would make the host create it at run time.
        var source = string.Join('\n', Directory.GetFiles(RepositoryRoot.File("src/ScrutinyReports.Functions"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        var named = System.Text.RegularExpressions.Regex.Matches(source, "const string \\w*Queue\\w* = \"([a-z0-9-]+)\";").Select(match => match.Groups[1].Value).ToList();
        var declared = Strings(infrastructure.Main.Single("Microsoft.Storage/storageAccounts/queueServices/queues").Template.Resolve(JsonValue.Create("[variables('appQueues')]")));

        Assert.Contains("publications", named);
        Assert.Contains("publications-poison", named);
        Assert.All(named, queue => Assert.Contains(queue, declared));
        Assert.All(named.Where(queue => !queue.EndsWith("-poison", StringComparison.Ordinal) && queue != "portal-refresh"), queue => Assert.Contains(queue + "-poison", declared));
    }

    [Fact]
    public void Tables_AreTheAzureStores()
    {
        var tables = infrastructure.Main.Single("Microsoft.Storage/storageAccounts/tableServices/tables");

        // The same names as src/ScrutinyReports.Storage.Azure/StoreTables.cs.
        Assert.Equal(["catalogue", "observations", "uploads", "reports", "panels", "followups"], Strings(tables.Template.Resolve(JsonValue.Create("[variables('appTables')]"))));
        Assert.Contains("variables('appTables')[copyIndex()]", tables.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Containers_IncludeEveryOneTheAppNames()
    {
        // Containers in src/ScrutinyReports.Pipeline/Storage/IFileStore.cs: a new one there needs one here too.
        var source = File.ReadAllText(RepositoryRoot.File("src/ScrutinyReports.Pipeline/Storage/IFileStore.cs"));
        var named = System.Text.RegularExpressions.Regex.Matches(source, "public const string \\w+ = \"([a-z0-9-]+)\";").Select(match => match.Groups[1].Value);
        var containers = infrastructure.Main.Single("Microsoft.Storage/storageAccounts/blobServices/containers");

        Assert.Empty(named.Except(Strings(containers.Template.Resolve(JsonValue.Create("[variables('appContainers')]"))), StringComparer.Ordinal));
    }

    [Fact]
    public void Tables_IncludeEveryOneTheAzureStoreNames()
    {
        var source = File.ReadAllText(RepositoryRoot.File("src/ScrutinyReports.Storage.Azure/StoreTables.cs"));
        var named = System.Text.RegularExpressions.Regex.Matches(source, "public const string \\w+ = \"([a-z0-9]+)\";").Select(match => match.Groups[1].Value).ToList();
        var tables = infrastructure.Main.Single("Microsoft.Storage/storageAccounts/tableServices/tables");

        Assert.NotEmpty(named);
        Assert.Empty(named.Except(Strings(tables.Template.Resolve(JsonValue.Create("[variables('appTables')]"))), StringComparer.Ordinal));
    }

    private JsonNode? DeploymentParameter(string module, string name) =>
        infrastructure.Main.OfType("Microsoft.Resources/deployments").Single(deployment => deployment.Name == module).Properties["parameters"]![name]!["value"];

    private static string[] Strings(JsonNode? list) => [.. list!.AsArray().Select(item => item!.GetValue<string>())];
}

namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>The Functions app: Flex Consumption, .NET 10 isolated, managed identity, HTTPS and TLS 1.2 only, no FTP.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class FunctionAppTests(CompiledInfrastructure infrastructure)
{
    private ArmResource Site => infrastructure.Main.Single("Microsoft.Web/sites");

    [Fact]
    public void Plan_IsFlexConsumption()
    {
        var plan = infrastructure.Main.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", plan.StringAt("sku.name"));
        Assert.Equal("FlexConsumption", plan.StringAt("sku.tier"));
        Assert.True(plan.At("properties.reserved")?.GetValue<bool>());
        Assert.Equal("[resourceId('Microsoft.Web/serverfarms', parameters('planName'))]", Site.StringAt("properties.serverFarmId"));
    }

    [Fact]
    public void Site_IsALinuxFunctionAppWithASystemAssignedIdentity()
    {
        Assert.Equal("functionapp,linux", Site.StringAt("kind"));
        // The user-assigned identity beside it only signs members in (SignInTests).
        Assert.Equal("SystemAssigned, UserAssigned", Site.StringAt("identity.type"));
        Assert.Equal("SystemAssigned", Site.StringAt("properties.keyVaultReferenceIdentity"));
    }

    [Fact]
    public void Site_IsTaggedForTheAzdService()
    {
        Assert.Contains("'azd-service-name', 'function'", Site.StringAt("tags"), StringComparison.Ordinal);
        Assert.Contains("function:", File.ReadAllText(RepositoryRoot.File("azure.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Site_ServesHttpsOnly() => Assert.True(Site.At("properties.httpsOnly")?.GetValue<bool>());

    [Theory]
    [InlineData("properties.siteConfig.minTlsVersion", "1.2")]
    [InlineData("properties.siteConfig.scmMinTlsVersion", "1.2")]
    [InlineData("properties.siteConfig.ftpsState", "Disabled")]
    public void SiteConfig_Hardening(string path, string expected) => Assert.Equal(expected, Site.StringAt(path));

    [Theory]
    [InlineData("ftp")]
    [InlineData("scm")]
    public void BasicPublishingCredentials_AreOff(string channel)
    {
        var policy = infrastructure.Main.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies")
            .Single(resource => resource.Name.EndsWith($"'{channel}')]", StringComparison.Ordinal));

        Assert.False(policy.At("properties.allow")?.GetValue<bool>());
    }

    [Fact]
    public void Runtime_IsDotnetIsolated10InFunctionAppConfig()
    {
        Assert.Equal("dotnet-isolated", Site.StringAt("properties.functionAppConfig.runtime.name"));
        Assert.Equal("10.0", Site.StringAt("properties.functionAppConfig.runtime.version"));
        Assert.Null(Site.At("properties.siteConfig.linuxFxVersion"));
    }

    [Fact]
    public void DeploymentPackage_IsReadWithTheManagedIdentity()
    {
        Assert.Equal("blobContainer", Site.StringAt("properties.functionAppConfig.deployment.storage.type"));
        Assert.Equal("SystemAssignedIdentity", Site.StringAt("properties.functionAppConfig.deployment.storage.authentication.type"));
        Assert.Contains("parameters('deploymentContainerName')", Site.StringAt("properties.functionAppConfig.deployment.storage.value"), StringComparison.Ordinal);
    }

    [Fact]
    public void ScaleOut_IsBoundedAndNoInstanceIsAlwaysReady()
    {
        Assert.Equal(40, Site.At("properties.functionAppConfig.scaleAndConcurrency.maximumInstanceCount")?.GetValue<int>());
        Assert.Null(Site.At("properties.functionAppConfig.scaleAndConcurrency.alwaysReady"));
    }
}

using System.Text.Json.Nodes;

namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>
/// App Service Authentication on the function app, as compiled: Entra ID sign-in required everywhere but the paths
/// that carry their own keys, the provider's registration by parameters and without a client secret, the token store
/// on, and URL fragments kept through sign-in (the publication e-mail links to #period-version).
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class SignInTests(CompiledInfrastructure infrastructure)
{
    private const string FicSetting = "OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID";

    private ArmResource Auth => infrastructure.Main.OfType("Microsoft.Web/sites/config").Single(resource => resource.Name.EndsWith("'authsettingsV2')]", StringComparison.Ordinal));

    private ArmResource AppSettings => infrastructure.Main.OfType("Microsoft.Web/sites/config").Single(resource => resource.Name.EndsWith("'appsettings')]", StringComparison.Ordinal));

    private string[] ExcludedPaths => [.. Auth.At("properties.globalValidation.excludedPaths")!.AsArray().Select(path => path!.GetValue<string>())];

    [Fact]
    public void Platform_AuthenticationIsOnAndRequiredWithARedirectToEntraSignIn()
    {
        Assert.True(Auth.At("properties.platform.enabled")!.GetValue<bool>());
        Assert.True(Auth.At("properties.globalValidation.requireAuthentication")!.GetValue<bool>());
        Assert.Equal("RedirectToLoginPage", Auth.StringAt("properties.globalValidation.unauthenticatedClientAction"));
        Assert.Equal("azureactivedirectory", Auth.StringAt("properties.globalValidation.redirectToProvider"));
        Assert.True(Auth.At("properties.httpSettings.requireHttps")!.GetValue<bool>());
    }

    [Theory]
    [InlineData("/api/reports")]
    [InlineData("/api/reports/*")]
    [InlineData("/runtime/webhooks/blobs")]
    [InlineData("/runtime/webhooks/blobs/*")]
    [InlineData("/admin/*")]
    public void ExcludedPaths_KeyProtectedPathsSkipSignIn(string path) => Assert.Contains(path, ExcludedPaths);

    [Fact]
    public void ExcludedPaths_NeverTheMembersPagesNorEverything()
    {
        Assert.DoesNotContain(ExcludedPaths, path => path.StartsWith("/api/members", StringComparison.Ordinal) || path is "/" or "/*" or "/api" or "/api/*");
        Assert.All(ExcludedPaths, path => Assert.Matches("^/(api/reports|runtime/webhooks/blobs|admin)(/\\*)?$", path));
    }

    [Fact]
    public void EntraProvider_RegistrationFromParametersWithTheTenantsV2Issuer()
    {
        var provider = "properties.identityProviders.azureActiveDirectory";

        Assert.True(Auth.At($"{provider}.enabled")!.GetValue<bool>());
        Assert.Equal("[parameters('membersSignInClientId')]", Auth.StringAt($"{provider}.registration.clientId"));
        Assert.Equal("[format('{0}{1}/v2.0', environment().authentication.loginEndpoint, parameters('membersSignInTenantId'))]", Auth.StringAt($"{provider}.registration.openIdIssuer"));
        Assert.Equal(["[format('api://{0}', parameters('membersSignInClientId'))]", "[parameters('membersSignInClientId')]"],
            Auth.At($"{provider}.validation.allowedAudiences")!.AsArray().Select(audience => audience!.GetValue<string>()));
        // An empty tenant parameter (ENTRA_TENANT_ID unset) means the subscription's own tenant.
        Assert.Equal("[if(empty(parameters('membersSignInTenantId')), createObject('value', tenant().tenantId), createObject('value', parameters('membersSignInTenantId')))]",
            FunctionAppModule["properties"]!["parameters"]!["membersSignInTenantId"]!.GetValue<string>());
    }

    [Fact]
    public void EntraProvider_NoClientSecretButTheSignInIdentitysFederatedCredential()
    {
        var registration = Auth.At("properties.identityProviders.azureActiveDirectory.registration")!.AsObject();

        Assert.Equal(FicSetting, registration["clientSecretSettingName"]!.GetValue<string>());
        Assert.DoesNotContain(registration, pair => pair.Key.StartsWith("clientSecretCertificate", StringComparison.Ordinal));
        // The setting holds the user-assigned sign-in identity's client id, which is no secret; no setting holds one.
        Assert.Equal("[reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', parameters('signInIdentityName')), '2024-11-30').clientId]",
            AppSettings.StringAt($"properties.{FicSetting}"));
        Assert.DoesNotContain(AppSettings.Properties, pair => pair.Key.Contains("SECRET", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("MICROSOFT_PROVIDER_AUTHENTICATION_SECRET", infrastructure.Main.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SignInIdentity_IsAssignedToTheSiteBesideItsSystemIdentity()
    {
        var identity = infrastructure.Main.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        var site = infrastructure.Main.Single("Microsoft.Web/sites");

        Assert.Equal("[parameters('signInIdentityName')]", identity.Name);
        Assert.Equal("SystemAssigned, UserAssigned", site.StringAt("identity.type"));
        Assert.Single(site.At("identity.userAssignedIdentities")!.AsObject(), pair => pair.Key.Contains("parameters('signInIdentityName')", StringComparison.Ordinal));
        Assert.Equal("SystemAssigned", site.StringAt("properties.keyVaultReferenceIdentity"));
        // The identity has no role anywhere: it only signs members in.
        Assert.DoesNotContain(infrastructure.Main.AllResources.Where(resource => resource.Type == "Microsoft.Authorization/roleAssignments"),
            assignment => assignment.Body.ToJsonString().Contains("signInIdentity", StringComparison.Ordinal));
    }

    [Fact]
    public void Login_TokenStoreOnAndUrlFragmentsKeptThroughSignIn()
    {
        Assert.True(Auth.At("properties.login.tokenStore.enabled")!.GetValue<bool>());
        Assert.True(Auth.At("properties.login.preserveUrlFragmentsForLogins")!.GetValue<bool>());
    }

    [Fact]
    public void Parameters_ClientIdRequiredAndFilledFromTheAzdEnvironment()
    {
        var clientId = infrastructure.Main.Parameters["membersSignInClientId"]!;
        using var parameters = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("infra/main.parameters.json")));
        var values = parameters.RootElement.GetProperty("parameters");

        Assert.Null(clientId["defaultValue"]);
        Assert.Equal(36, clientId["minLength"]!.GetValue<int>());
        Assert.Equal("${ENTRA_CLIENT_ID}", values.GetProperty("membersSignInClientId").GetProperty("value").GetString());
        Assert.Equal("${ENTRA_TENANT_ID}", values.GetProperty("membersSignInTenantId").GetProperty("value").GetString());
        Assert.Equal("${ADMINISTRATORS_GROUP_ID}", values.GetProperty("administratorsGroupObjectId").GetProperty("value").GetString());
    }

    [Fact]
    public void AppSettings_EmailLinksAndGroupsForTheMembersPages()
    {
        Assert.Equal("[format('https://{0}/api/members', reference(resourceId('Microsoft.Web/sites', parameters('name')), '2024-11-01').defaultHostName)]",
            AppSettings.StringAt("properties.Portal__MembersBaseUrl"));
        Assert.Equal(string.Empty, AppSettings.StringAt("properties.Members__OfficerGroups"));
        Assert.Equal(string.Empty, AppSettings.StringAt("properties.Members__AdministratorGroups"));
        Assert.Equal("[parameters('officersGroupObjectId')]", FunctionAppModule["properties"]!["parameters"]!["officersGroupObjectId"]!["value"]!.GetValue<string>());
        Assert.Equal("[parameters('administratorsGroupObjectId')]", FunctionAppModule["properties"]!["parameters"]!["administratorsGroupObjectId"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Outputs_TheSignInIdentityForThePostprovisionHook() =>
        Assert.Contains("signInIdentityPrincipalId", infrastructure.Main.Outputs["SIGN_IN_IDENTITY_PRINCIPAL_ID"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);

    private JsonObject FunctionAppModule => infrastructure.Main.OfType("Microsoft.Resources/deployments").Single(deployment => deployment.Name == "function-app").Body;
}

namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>Every setting the app reads is set, secrets only as Key Vault references, storage only by identity.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class AppSettingsTests(CompiledInfrastructure infrastructure)
{
    /// <summary>Each setting with the literal it must have, or null where its value is worked out at deployment.</summary>
    public static TheoryData<string, string?> Expected => new()
    {
        { "AzureWebJobsStorage__accountName", null },
        { "AzureWebJobsStorage__credential", "managedidentity" },
        { "ScrutinyStore__blobServiceUri", null },
        { "ScrutinyStore__queueServiceUri", null },
        { "ScrutinyStore__tableServiceUri", null },
        { "ScrutinyStore__credential", "managedidentity" },
        { "REPORT_SCHEDULE", "0 0 7 5 * *" },
        { "PUBLICATION_TIMER_SCHEDULE", "0 0 * * * *" },
        { "REMINDER_SCHEDULE", "0 0 8 * * *" },
        { "UPLOAD_SWEEP_SCHEDULE", "0 */15 * * * *" },
        { "Reminders__DaysBefore", null },
        { "Smtp__Host", null },
        { "Smtp__Port", null },
        { "Smtp__From", null },
        { "Smtp__UserName", null },
        { "Smtp__Password", null },
        { "Smtp__UseStartTls", null },
        { "Portal__BaseUrl", null },
        { "Portal__MembersBaseUrl", null },
        { "Members__OfficerGroups", null },
        { "Members__AdministratorGroups", null },
        { "OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID", null },
        { "Portal__PublishPublicSite", null },
        { "Notifications__WebhookUrl", null },
        { "APPLICATIONINSIGHTS_CONNECTION_STRING", null },
        { "APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "Authorization=AAD" },
    };

    private ArmResource Settings => infrastructure.Main.OfType("Microsoft.Web/sites/config").Single(resource => resource.Name.EndsWith("'appsettings')]", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Expected))]
    public void Setting_IsSet(string name, string? literal)
    {
        var value = Settings.At($"properties.{name}");

        Assert.NotNull(value);
        if (literal is not null)
        {
            Assert.Equal(literal, value.GetValue<string>());
        }
    }

    [Fact]
    public void Settings_AreExactlyTheOnesListed()
    {
        Assert.Equal(Expected.Select(row => (string)row[0]).Order(StringComparer.Ordinal), Settings.Properties.Select(pair => pair.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Smtp__Password", "smtp-password")]
    [InlineData("Notifications__WebhookUrl", "notifications-webhook-url")]
    public void Secret_IsAKeyVaultReferenceWithoutAVersion(string name, string secret)
    {
        var value = Settings.StringAt($"properties.{name}");

        Assert.Contains($"@Microsoft.KeyVault(VaultName={{0}};SecretName={secret})", value, StringComparison.Ordinal);
        Assert.Contains("parameters('keyVaultName')", value, StringComparison.Ordinal);
        Assert.DoesNotContain("SecretVersion", value, StringComparison.Ordinal);
    }

    [Fact]
    public void SmtpPassword_NeverReachesTheFunctionApp()
    {
        var functionApp = infrastructure.Main.OfType("Microsoft.Resources/deployments").Single(deployment => deployment.Name == "function-app");

        Assert.DoesNotContain("smtpPassword", functionApp.Body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("securestring", infrastructure.Main.Parameters["smtpPassword"]?["type"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("ScrutinyStore__blobServiceUri", "primaryEndpoints.blob")]
    [InlineData("ScrutinyStore__queueServiceUri", "primaryEndpoints.queue")]
    [InlineData("ScrutinyStore__tableServiceUri", "primaryEndpoints.table")]
    public void Store_IsReachedByServiceUri(string name, string endpoint) =>
        Assert.EndsWith($".{endpoint}]", Settings.StringAt($"properties.{name}"), StringComparison.Ordinal);

    [Fact]
    public void PortalBaseUrl_IsTheStaticWebsiteOnlyWithPublicReports()
    {
        var value = Settings.StringAt("properties.Portal__BaseUrl");

        Assert.StartsWith("[if(parameters('publicReports'), ", value, StringComparison.Ordinal);
        Assert.Contains(".primaryEndpoints.web, ", value, StringComparison.Ordinal);
        Assert.Contains("format('https://{0}/api/members'", value, StringComparison.Ordinal);
        Assert.Equal("[if(parameters('publicReports'), 'true', 'false')]", Settings.StringAt("properties.Portal__PublishPublicSite"));
    }

    [Theory]
    [InlineData("FUNCTIONS_WORKER_RUNTIME")]
    [InlineData("FUNCTIONS_EXTENSION_VERSION")]
    [InlineData("WEBSITE_RUN_FROM_PACKAGE")]
    [InlineData("WEBSITE_TIME_ZONE")]
    [InlineData("AzureWebJobsStorage")]
    [InlineData("APPINSIGHTS_INSTRUMENTATIONKEY")]
    public void Setting_FlexConsumptionOrTheScheduleForbids_IsAbsent(string name) =>
        Assert.False(Settings.Properties.ContainsKey(name));

    [Fact]
    public void Settings_AreAppliedAfterTheRoleAssignments()
    {
        // So that Key Vault references and identity connections resolve on the app's first start.
        var dependsOn = Settings.Body["dependsOn"]!.AsArray().Select(node => node!.GetValue<string>()).ToList();
        var access = infrastructure.Main.OfType("Microsoft.Resources/deployments").Single(deployment => deployment.Name == "function-app-access");

        Assert.Contains("[resourceId('Microsoft.Resources/deployments', 'function-app-access')]", dependsOn);
        Assert.Equal(5, access.ModuleTemplate.OwnResources.Count(resource => resource.Type == "Microsoft.Authorization/roleAssignments"));
    }

    [Theory]
    [InlineData("reportSchedule", "REPORT_SCHEDULE")]
    [InlineData("publicationTimerSchedule", "PUBLICATION_TIMER_SCHEDULE")]
    [InlineData("reminderSchedule", "REMINDER_SCHEDULE")]
    [InlineData("uploadSweepSchedule", "UPLOAD_SWEEP_SCHEDULE")]
    public void Schedule_DefaultsToUtcSixFieldCronInBicepAndTheAzdEnvironmentAlike(string parameter, string variable)
    {
        var schedule = infrastructure.Main.Parameters[parameter]!["defaultValue"]!.GetValue<string>();
        var mapped = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepositoryRoot.File("infra/main.parameters.json")))!["parameters"]![parameter]!["value"]!.GetValue<string>();

        Assert.Equal(6, schedule.Split(' ').Length);
        Assert.Equal($"${{{variable}={schedule}}}", mapped);
        Assert.Equal($"[parameters('{parameter}')]", Settings.Body["properties"]![variable]!.GetValue<string>());
    }

    [Fact]
    public void StoreCredential_IsTheSystemAssignedIdentityWithoutAClientId()
    {
        // ScrutinyStore__clientId would name a user-assigned identity; without it the store signs in as the system-assigned
        // one. The site's user-assigned identity only signs members in (SignInTests).
        Assert.Equal("managedidentity", Settings.StringAt("properties.ScrutinyStore__credential"));
        Assert.False(Settings.Properties.ContainsKey("ScrutinyStore__clientId"));
        Assert.StartsWith("SystemAssigned", infrastructure.Main.Single("Microsoft.Web/sites").StringAt("identity.type"), StringComparison.Ordinal);
    }

    [Fact]
    public void Telemetry_UsesEntraIdBecauseLocalAuthIsOff()
    {
        var insights = infrastructure.Main.Single("Microsoft.Insights/components");

        Assert.True(insights.At("properties.DisableLocalAuth")?.GetValue<bool>());
        Assert.Contains("Microsoft.OperationalInsights/workspaces", insights.StringAt("properties.WorkspaceResourceId"), StringComparison.Ordinal);
        Assert.EndsWith(".ConnectionString]", Settings.StringAt("properties.APPLICATIONINSIGHTS_CONNECTION_STRING"), StringComparison.Ordinal);
        Assert.Equal("PerGB2018", infrastructure.Main.Single("Microsoft.OperationalInsights/workspaces").StringAt("properties.sku.name"));
    }
}

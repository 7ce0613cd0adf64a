namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>The vault: RBAC only, recoverable, and the SMTP password as a secret.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class KeyVaultTests(CompiledInfrastructure infrastructure)
{
    private ArmResource Vault => infrastructure.Main.Single("Microsoft.KeyVault/vaults");

    [Theory]
    [InlineData("properties.enableRbacAuthorization")]
    [InlineData("properties.enableSoftDelete")]
    [InlineData("properties.enablePurgeProtection")]
    public void Vault_Protection(string path) => Assert.True(Vault.At(path)?.GetValue<bool>());

    [Fact]
    public void Vault_HasNoAccessPolicies() => Assert.Null(Vault.At("properties.accessPolicies"));

    [Fact]
    public void SmtpPassword_IsASecretFromASecureParameter()
    {
        var secret = infrastructure.Main.OfType("Microsoft.KeyVault/vaults/secrets").Single(resource => resource.Name.Contains("'smtp-password'", StringComparison.Ordinal));

        Assert.Equal("[parameters('smtpPassword')]", secret.Body["properties"]!["value"]!.GetValue<string>());
        Assert.Equal("securestring", secret.Template.Parameters["smtpPassword"]!["type"]!.GetValue<string>());
        Assert.Null(secret.Condition);
    }

    [Fact]
    public void WebhookUrl_IsASecretOnlyWhenGiven()
    {
        var secret = infrastructure.Main.OfType("Microsoft.KeyVault/vaults/secrets").Single(resource => resource.Name.Contains("'notifications-webhook-url'", StringComparison.Ordinal));

        Assert.Equal("[not(empty(parameters('notificationsWebhookUrl')))]", secret.Condition);
        Assert.Equal("securestring", infrastructure.Main.Parameters["notificationsWebhookUrl"]!["type"]!.GetValue<string>());
    }
}

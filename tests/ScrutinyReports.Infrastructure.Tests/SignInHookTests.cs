namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>
/// infra/hooks/preprovision.sh and postprovision.sh, run with stand-ins for az and azd that record their arguments:
/// the app registration is made only when ENTRA_CLIENT_ID is unset, with group claims and never a secret, and the
/// sign-in identity is trusted with a federated identity credential. The PowerShell hooks are checked to make the
/// same az calls.
/// </summary>
public sealed class SignInHookTests : IDisposable
{
    private const string ClientId = "3e1c5a7d-4b2f-4e8a-9c6d-1f0a2b3c4d5e";
    private const string IdentityPrincipalId = "7d6c5b4a-3f2e-4d1c-8b0a-9e8f7a6b5c4d";
    private const string TenantId = "11111111-2222-4333-8444-555555555555";

    private readonly string folder = Directory.CreateTempSubdirectory("scrutiny-signin-hook-").FullName;

    [Fact]
    public async Task Preprovision_ClientIdSet_NoAzureCliCallAtAll()
    {
        var run = await RunAsync("preprovision.sh", new() { ["ENTRA_CLIENT_ID"] = ClientId, ["AZURE_ENV_NAME"] = "prod" });

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.False(File.Exists(Log("az")));
        Assert.False(File.Exists(Log("azd")));
    }

    [Fact]
    public async Task Preprovision_NoRegistration_CreatesOneWithGroupClaimsAndStoresItsClientId()
    {
        var run = await RunAsync("preprovision.sh", new() { ["AZURE_ENV_NAME"] = "prod" }, azBody: $"case \"$*\" in 'ad app create'*) echo {ClientId} ;; 'ad sp show'*) exit 3 ;; esac");
        var az = await File.ReadAllLinesAsync(Log("az"));

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains(az, line => line.StartsWith("ad app create --display-name Scrutiny reports members (prod) --sign-in-audience AzureADMyOrg", StringComparison.Ordinal));
        Assert.Contains(az, line => line.StartsWith($"ad app update --id {ClientId} --set groupMembershipClaims=SecurityGroup --identifier-uris api://{ClientId}", StringComparison.Ordinal));
        Assert.Contains(az, line => line.StartsWith($"ad sp create --id {ClientId}", StringComparison.Ordinal));
        Assert.DoesNotContain(az, line => line.Contains("credential reset", StringComparison.Ordinal) || line.Contains("secret", StringComparison.OrdinalIgnoreCase));
        Assert.Equal([$"env set ENTRA_CLIENT_ID {ClientId}"], await File.ReadAllLinesAsync(Log("azd")));
    }

    [Fact]
    public async Task Preprovision_RegistrationExists_ReusedNotCreatedAgain()
    {
        var run = await RunAsync("preprovision.sh", new() { ["AZURE_ENV_NAME"] = "prod" }, azBody: $"case \"$*\" in 'ad app list'*) echo {ClientId} ;; esac");
        var az = await File.ReadAllLinesAsync(Log("az"));

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.DoesNotContain(az, line => line.StartsWith("ad app create", StringComparison.Ordinal));
        Assert.DoesNotContain(az, line => line.StartsWith("ad sp create", StringComparison.Ordinal));
        Assert.Equal([$"env set ENTRA_CLIENT_ID {ClientId}"], await File.ReadAllLinesAsync(Log("azd")));
    }

    [Fact]
    public async Task Postprovision_SetsTheReplyAddressAndTrustsTheSignInIdentity()
    {
        var run = await RunAsync("postprovision.sh", PostprovisionEnvironment(),
            azBody: $"case \"$*\" in 'ad app federated-credential create'*) cp \"${{8#@}}\" '{folder}/credential.json' ;; esac");
        var az = await File.ReadAllLinesAsync(Log("az"));
        var credential = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "credential.json"))).RootElement;

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains($"ad app update --id {ClientId} --web-redirect-uris https://func-test.azurewebsites.net/.auth/login/aad/callback --output none", az);
        Assert.Contains(az, line => line.StartsWith($"ad app federated-credential create --id {ClientId} --parameters @", StringComparison.Ordinal));
        Assert.Equal("app-service-sign-in", credential.GetProperty("name").GetString());
        Assert.Equal($"https://login.microsoftonline.com/{TenantId}/v2.0", credential.GetProperty("issuer").GetString());
        Assert.Equal(IdentityPrincipalId, credential.GetProperty("subject").GetString());
        Assert.Equal(["api://AzureADTokenExchange"], credential.GetProperty("audiences").EnumerateArray().Select(audience => audience.GetString()));
    }

    [Fact]
    public async Task Postprovision_CredentialExists_UpdatedInPlace()
    {
        var run = await RunAsync("postprovision.sh", PostprovisionEnvironment(), azBody: "case \"$*\" in 'ad app federated-credential list'*) echo app-service-sign-in ;; esac");
        var az = await File.ReadAllLinesAsync(Log("az"));

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains(az, line => line.StartsWith($"ad app federated-credential update --id {ClientId} --federated-credential-id app-service-sign-in --parameters @", StringComparison.Ordinal));
        Assert.DoesNotContain(az, line => line.StartsWith("ad app federated-credential create", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Postprovision_WithoutProvisionOutputs_FailsSayingWhat()
    {
        var environment = PostprovisionEnvironment();
        environment.Remove("SIGN_IN_IDENTITY_PRINCIPAL_ID");

        var run = await RunAsync("postprovision.sh", environment);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("SIGN_IN_IDENTITY_PRINCIPAL_ID is not set", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Log("az")));
    }

    [Theory]
    [InlineData("preprovision", "ad app create")]
    [InlineData("preprovision", "groupMembershipClaims=SecurityGroup")]
    [InlineData("preprovision", "azd env set ENTRA_CLIENT_ID")]
    [InlineData("postprovision", "--web-redirect-uris")]
    [InlineData("postprovision", "/.auth/login/aad/callback")]
    [InlineData("postprovision", "federated-credential create")]
    [InlineData("postprovision", "federated-credential update")]
    [InlineData("postprovision", "api://AzureADTokenExchange")]
    [InlineData("postprovision", "app-service-sign-in")]
    public void PowerShellHook_DoesWhatTheShellHookDoes(string hook, string text)
    {
        Assert.Contains(text, File.ReadAllText(RepositoryRoot.File($"infra/hooks/{hook}.sh")), StringComparison.Ordinal);
        Assert.Contains(text, File.ReadAllText(RepositoryRoot.File($"infra/hooks/{hook}.ps1")), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Dictionary<string, string> PostprovisionEnvironment() => new()
    {
        ["ENTRA_CLIENT_ID"] = ClientId,
        ["AZURE_TENANT_ID"] = TenantId,
        ["FUNCTION_APP_URL"] = "https://func-test.azurewebsites.net",
        ["SIGN_IN_IDENTITY_PRINCIPAL_ID"] = IdentityPrincipalId,
    };

    private string Log(string command) => Path.Combine(folder, $"{command}.log");

    private async Task<ScriptRun> RunAsync(string hook, Dictionary<string, string> environment, string azBody = "")
    {
        await WriteStandInAsync("az", azBody);
        await WriteStandInAsync("azd", string.Empty);
        environment["PATH"] = $"{folder}:{Environment.GetEnvironmentVariable("PATH")}";
        return await ScriptRun.RunAsync("sh", [RepositoryRoot.File($"infra/hooks/{hook}")], environment);
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

using System.Text.RegularExpressions;

namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>Who may do what: the function app's identity, the officers' group and the person deploying, each least privilege.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed partial class RoleAssignmentTests(CompiledInfrastructure infrastructure)
{
    private const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string BlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string KeyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    private const string FunctionIdentity = "[reference(resourceId('Microsoft.Web/sites', parameters('name')), '2024-11-01', 'full').identity.principalId]";
    private const string FunctionPrincipal = "[parameters('principalId')]";
    private const string StorageAccount = "[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]";
    private const string Vault = "[resourceId('Microsoft.KeyVault/vaults', parameters('keyVaultName'))]";
    private const string DeadLetterContainer = "[resourceId('Microsoft.Storage/storageAccounts/blobServices/containers', parameters('storageAccountName'), 'default', parameters('containerName'))]";
    private const string UploadsContainer = "[resourceId('Microsoft.Storage/storageAccounts/blobServices/containers', parameters('storageAccountName'), 'default', 'uploads')]";

    /// <summary>
    /// Each role with the scope it is granted on (the resource ID expression) and the principal it is granted to, both as
    /// written in the assignment's own module. A role is identified by the pair of role and scope.
    /// </summary>
    public static TheoryData<string, string, string> Expected => new()
    {
        { BlobDataOwner, StorageAccount, FunctionPrincipal },
        { QueueDataContributor, StorageAccount, FunctionPrincipal },
        { TableDataContributor, StorageAccount, FunctionPrincipal },
        { KeyVaultSecretsUser, Vault, FunctionPrincipal },
        { MonitoringMetricsPublisher, "[resourceId('Microsoft.Insights/components', parameters('applicationInsightsName'))]", FunctionPrincipal },
        { BlobDataContributor, UploadsContainer, "[parameters('officersGroupObjectId')]" },
        { BlobDataContributor, DeadLetterContainer, "[parameters('principalId')]" },
        { KeyVaultSecretsOfficer, Vault, "[parameters('deployerPrincipalId')]" },
    };

    private IReadOnlyList<ArmResource> Assignments => infrastructure.Main.OfType("Microsoft.Authorization/roleAssignments");

    private IEnumerable<ArmResource> FunctionAssignments => Assignments.Where(resource => resource.Template.Module == "function-app-access");

    [Theory]
    [MemberData(nameof(Expected))]
    public void Role_IsGrantedOnItsScopeToItsPrincipal(string role, string scope, string principal)
    {
        var assignment = Assert.Single(Assignments, resource => RoleOf(resource) == role && resource.Scope == scope);

        Assert.Equal(principal, PrincipalOf(assignment));
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Name_IsDerivedFromScopePrincipalAndRole(string role, string scope, string principal)
    {
        // guid(scope, principal, role), as in the Azure-Samples azd quickstarts: a new identity gets new assignments.
        var assignment = Assert.Single(Assignments, resource => RoleOf(resource) == role && resource.Scope == scope);

        Assert.Equal($"[guid({Inner(scope)}, {Inner(principal)}, '{role}')]", assignment.Name);
    }

    [Fact]
    public void FunctionRoles_AreGrantedToTheSitesOwnIdentity()
    {
        Assert.Equal(5, FunctionAssignments.Count());
        Assert.All(FunctionAssignments, assignment => Assert.Equal(FunctionIdentity, assignment.StringAt("properties.principalId")));
    }

    [Fact]
    public void Assignments_AreOnlyTheOnesListed() =>
        Assert.Equal(
            Expected.Select(row => $"{row[0]} {row[1]}").Order(StringComparer.Ordinal),
            Assignments.Select(resource => $"{RoleOf(resource)} {resource.Scope}").Order(StringComparer.Ordinal));

    [Fact]
    public void FunctionIdentity_IsAServicePrincipal()
    {
        Assert.NotEmpty(FunctionAssignments);
        foreach (var assignment in FunctionAssignments)
        {
            Assert.Equal("ServicePrincipal", assignment.StringAt("properties.principalType"));
            Assert.Null(assignment.Condition);
        }
    }

    [Fact]
    public void DeadLetterWriter_IsTheSystemTopicsIdentityAlways()
    {
        var writer = Assert.Single(Assignments, resource => resource.Template.Module == "dead-letter-access");

        Assert.Equal(DeadLetterContainer, writer.Scope);
        Assert.Equal("ServicePrincipal", writer.StringAt("properties.principalType"));
        Assert.Contains("Microsoft.EventGrid/systemTopics", writer.StringAt("properties.principalId"), StringComparison.Ordinal);
        Assert.Null(writer.Condition);
    }

    [Fact]
    public void OfficersGroup_IsGrantedOnlyWhenGivenAndAsAGroup()
    {
        var officers = Assert.Single(Assignments, resource => RoleOf(resource) == BlobDataContributor && resource.Scope == UploadsContainer);

        Assert.Equal("[not(empty(parameters('officersGroupObjectId')))]", officers.Condition);
        Assert.Equal("Group", officers.StringAt("properties.principalType"));
        Assert.Equal(string.Empty, infrastructure.Main.Parameters["officersGroupObjectId"]!["defaultValue"]!.GetValue<string>());
    }

    [Fact]
    public void Deployer_IsGrantedOnlyWhenKnown() =>
        Assert.Equal("[not(empty(parameters('deployerPrincipalId')))]", Assert.Single(Assignments, resource => RoleOf(resource) == KeyVaultSecretsOfficer).Condition);

    [Fact]
    public void NoOneIsGrantedAControlPlaneRole()
    {
        // Owner, Contributor and User Access Administrator, at any scope.
        string[] broad = ["8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "b24988ac-6180-42a0-ab88-20f7382dd24c", "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"];

        Assert.DoesNotContain(Assignments, resource => broad.Contains(RoleOf(resource), StringComparer.Ordinal));
    }

    private static string PrincipalOf(ArmResource assignment) => assignment.Body["properties"]!["principalId"]!.GetValue<string>();

    /// <summary>An ARM expression without its brackets, as it appears nested in another.</summary>
    private static string Inner(string expression) => expression[1..^1];

    private static string RoleOf(ArmResource assignment)
    {
        var definition = assignment.StringAt("properties.roleDefinitionId");
        return RoleDefinition().Match(definition!) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"Not a built-in role: {definition}");
    }

    [GeneratedRegex(@"^\[subscriptionResourceId\('Microsoft\.Authorization/roleDefinitions', '([0-9a-f-]{36})'\)\]$")]
    private static partial Regex RoleDefinition();
}

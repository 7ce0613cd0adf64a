using Microsoft.Extensions.Configuration;

namespace ScrutinyReports.Functions.Members;

/// <summary>
/// Who may read which panel on the members' pages, beyond each panel's own readers, and how a local run stands in
/// for the platform's sign-in. Read from app settings (named as infra/ writes them):
/// <list type="bullet">
/// <item><c>Members__OfficerGroups</c>, <c>Members__AdministratorGroups</c>: Entra group object ids, separated by
/// commas, whose members may read every panel (officers prepare the reports, administrators run the app).</item>
/// <item><c>WEBSITE_AUTH_ENABLED</c>: set to True by App Service when its authentication is on; only then is
/// X-MS-CLIENT-PRINCIPAL trusted, because only then does the platform strip copies a client sends.</item>
/// <item><c>Members__SimulatedUser</c> and <c>Members__SimulatedGroups</c>: for a local run (<c>func start</c>)
/// only, the person every members' request is taken to come from. Refused at start-up on Azure (where
/// <c>WEBSITE_INSTANCE_ID</c> or <c>WEBSITE_AUTH_ENABLED</c> is set), so a stray setting can never open the pages.</item>
/// </list>
/// </summary>
public sealed record MembersOptions(
    IReadOnlySet<string> OfficerGroups,
    IReadOnlySet<string> AdministratorGroups,
    bool PlatformAuthenticationEnabled,
    MemberIdentity? SimulatedMember)
{
    public const string OfficerGroupsSetting = "Members:OfficerGroups";
    public const string AdministratorGroupsSetting = "Members:AdministratorGroups";
    public const string SimulatedUserSetting = "Members:SimulatedUser";
    public const string SimulatedGroupsSetting = "Members:SimulatedGroups";
    public const string PlatformAuthenticationSetting = "WEBSITE_AUTH_ENABLED";
    public const string InstanceIdSetting = "WEBSITE_INSTANCE_ID";

    public static MembersOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var authEnabled = string.Equals(configuration[PlatformAuthenticationSetting]?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        MemberIdentity? simulated = null;
        if (configuration[SimulatedGroupsSetting] is { Length: > 0 } simulatedGroups)
        {
            if (!string.IsNullOrEmpty(configuration[InstanceIdSetting]) || authEnabled)
            {
                throw new InvalidOperationException(
                    $"{SimulatedGroupsSetting.Replace(":", "__", StringComparison.Ordinal)} simulates a signed-in member for local runs only, and this app runs on Azure; remove the setting.");
            }

            var user = configuration[SimulatedUserSetting] is { Length: > 0 } name ? name : "Local test member";
            simulated = new MemberIdentity("local-" + user, user, Groups(simulatedGroups, SimulatedGroupsSetting));
        }

        return new MembersOptions(
            Groups(configuration[OfficerGroupsSetting], OfficerGroupsSetting),
            Groups(configuration[AdministratorGroupsSetting], AdministratorGroupsSetting),
            authEnabled,
            simulated);
    }

    private static HashSet<string> Groups(string? list, string setting)
    {
        var groups = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in (list ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            groups.Add(Guid.TryParseExact(item, "D", out var group)
                ? group.ToString("D")
                : throw new InvalidOperationException($"{setting.Replace(":", "__", StringComparison.Ordinal)}: expected Entra group object ids separated by commas; found \"{item}\"."));
        }

        return groups;
    }
}

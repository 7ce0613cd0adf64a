using ScrutinyReports.Domain.Panels;

namespace ScrutinyReports.Functions.Members;

/// <summary>
/// Who may read a panel's reports on the members' pages: for an internal panel, members of the groups its
/// configuration names as readers and of the app-wide officers' and administrators' groups; a public panel's reports
/// are public anyway, so anyone signed in.
/// </summary>
public sealed class MemberAccess(MembersOptions options)
{
    public bool CanRead(Panel panel, MemberIdentity member)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(member);
        return panel.Audience == Audience.Public
            || (panel.Readers ?? []).Any(member.Groups.Contains)
            || options.OfficerGroups.Any(member.Groups.Contains)
            || options.AdministratorGroups.Any(member.Groups.Contains);
    }
}

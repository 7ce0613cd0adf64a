namespace ScrutinyReports.Functions.Members;

/// <summary>
/// A signed-in person as App Service Authentication describes them: their Entra object id (what the access log
/// records), the name they are shown by, and the object ids of their security groups. <see cref="GroupsOverflow"/> is
/// true when the token left the groups out because there were too many (Entra then sends a link to Microsoft Graph
/// instead), so membership cannot be judged from the sign-in alone.
/// </summary>
public sealed record MemberIdentity(string ObjectId, string Name, IReadOnlySet<string> Groups, bool GroupsOverflow = false);

using System.Text;
using System.Text.Json;

namespace ScrutinyReports.Functions.Members;

/// <summary>
/// Reads the X-MS-CLIENT-PRINCIPAL header App Service Authentication adds to each signed-in request: base64 of
/// <c>{"auth_typ": "aad", "claims": [{"typ": "...", "val": "..."}], "name_typ": "...", "role_typ": "..."}</c>, one
/// claim per group (<c>groups</c>) when the app registration asks for group claims. The platform removes any copy a
/// client sends, so the header is only to be read where platform authentication is on (<see cref="MemberSignIn"/>).
/// </summary>
public static class ClientPrincipal
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    // Claim types after App Service's default claim mapping; the short JWT names are accepted as well.
    private static readonly string[] ObjectIdTypes = ["http://schemas.microsoft.com/identity/claims/objectidentifier", "oid"];
    private static readonly string[] NameTypes = ["name", "preferred_username", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name"];
    private const string GroupsType = "groups";

    // Entra's group overage: no groups claim, "hasgroups" (implicit flow) or "_claim_names" naming groups instead.
    private static readonly string[] OverflowTypes = ["hasgroups", "_claim_names"];

    /// <summary>The person the header describes; null when it is missing, not base64 JSON of that shape, or names no object id.</summary>
    public static MemberIdentity? Decode(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > 64 * 1024)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header.Trim())));
            if (json.RootElement.ValueKind != JsonValueKind.Object
                || !json.RootElement.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            string? objectId = null, name = null;
            var groups = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var overflow = false;
            foreach (var claim in claims.EnumerateArray())
            {
                if (claim.ValueKind != JsonValueKind.Object
                    || !claim.TryGetProperty("typ", out var typ) || typ.ValueKind != JsonValueKind.String
                    || !claim.TryGetProperty("val", out var val) || val.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                var type = typ.GetString()!;
                var value = val.GetString()!;
                if (ObjectIdTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
                {
                    objectId ??= value;
                }
                else if (NameTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
                {
                    name ??= value;
                }
                else if (string.Equals(type, GroupsType, StringComparison.OrdinalIgnoreCase))
                {
                    groups.Add(value);
                }
                else if (OverflowTypes.Contains(type, StringComparer.OrdinalIgnoreCase)
                         && (type != "_claim_names" || value.Contains(GroupsType, StringComparison.OrdinalIgnoreCase)))
                {
                    overflow = true;
                }
            }

            return string.IsNullOrWhiteSpace(objectId) ? null : new MemberIdentity(objectId, name ?? objectId, groups, overflow && groups.Count == 0);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The header's value for a person with these claims, as the platform writes it (for local runs and tests).</summary>
    public static string Encode(string objectId, string name, IEnumerable<string> groups)
    {
        var claims = new List<object>
        {
            new { typ = ObjectIdTypes[0], val = objectId },
            new { typ = NameTypes[0], val = name },
        };
        claims.AddRange(groups.Select(group => new { typ = GroupsType, val = group }));
        var json = JsonSerializer.Serialize(new { auth_typ = "aad", claims, name_typ = NameTypes[2], role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role" });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }
}

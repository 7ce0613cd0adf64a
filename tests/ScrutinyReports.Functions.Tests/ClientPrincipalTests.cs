using System.Text;
using ScrutinyReports.Functions.Members;

namespace ScrutinyReports.Functions.Tests;

/// <summary>X-MS-CLIENT-PRINCIPAL as App Service Authentication writes it: base64 JSON with auth_typ, claims (typ, val), name_typ and role_typ.</summary>
public sealed class ClientPrincipalTests
{
    private const string Oid = "1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b";

    [Fact]
    public void Decode_PlatformShape_ObjectIdNameAndEveryGroup()
    {
        var member = ClientPrincipal.Decode(Base64("""
            {"auth_typ":"aad","claims":[
              {"typ":"aud","val":"3e1c5a7d-0000-0000-0000-000000000000"},
              {"typ":"http://schemas.microsoft.com/identity/claims/objectidentifier","val":"1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b"},
              {"typ":"name","val":"Cllr Ada Member"},
              {"typ":"preferred_username","val":"ada.member@council.example"},
              {"typ":"groups","val":"6a1f3c52-7d4e-4b8a-9f0e-2c5d8b7a1e93"},
              {"typ":"groups","val":"0B7E4D19-3C2A-4F65-8E1D-9A4C7B2E5F10"}],
             "name_typ":"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
             "role_typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role"}
            """));

        Assert.NotNull(member);
        Assert.Equal((Oid, "Cllr Ada Member", false), (member.ObjectId, member.Name, member.GroupsOverflow));
        Assert.Equal(2, member.Groups.Count);
        Assert.Contains("0b7e4d19-3c2a-4f65-8e1d-9a4c7b2e5f10", member.Groups);
    }

    [Fact]
    public void Decode_GroupOverage_NoGroupsAndFlagged()
    {
        var member = ClientPrincipal.Decode(Base64("""
            {"auth_typ":"aad","claims":[{"typ":"oid","val":"1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b"},
              {"typ":"_claim_names","val":"{\"groups\":\"src1\"}"}]}
            """));

        Assert.NotNull(member);
        Assert.Empty(member.Groups);
        Assert.True(member.GroupsOverflow);
        Assert.Equal(Oid, member.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("bm90IGpzb24=")]
    [InlineData("W10=")]
    [InlineData("eyJjbGFpbXMiOiBbeyJ0eXAiOiAibmFtZSIsICJ2YWwiOiAiQWRhIn1dfQ==")]
    [InlineData("eyJjbGFpbXMiOiBbeyJ0eXAiOiAib2lkIiwgInZhbCI6IDQyfV19")]
    public void Decode_NotAPrincipalWithAnObjectId_Nobody(string? header) => Assert.Null(ClientPrincipal.Decode(header));

    [Fact]
    public void Encode_ReadsBackAsTheSamePerson()
    {
        var member = ClientPrincipal.Decode(ClientPrincipal.Encode(Oid, "Cllr Ada Member", ["6a1f3c52-7d4e-4b8a-9f0e-2c5d8b7a1e93"]));

        Assert.Equal((Oid, "Cllr Ada Member"), (member!.ObjectId, member.Name));
        Assert.Equal(["6a1f3c52-7d4e-4b8a-9f0e-2c5d8b7a1e93"], member.Groups);
    }

    private static string Base64(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
}

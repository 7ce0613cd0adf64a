using Microsoft.AspNetCore.Http;

namespace ScrutinyReports.Functions.Members;

/// <summary>What a members' request says about who sent it.</summary>
public enum SignInState
{
    /// <summary>A person the platform signed in (or, locally, the simulated member).</summary>
    SignedIn,

    /// <summary>No one: the platform passed no principal, or one the app cannot read.</summary>
    Anonymous,

    /// <summary>Platform authentication is off, so no principal header can be trusted and no one can be signed in.</summary>
    PlatformAuthenticationOff,
}

/// <summary>Who sent a members' request, trusting X-MS-CLIENT-PRINCIPAL only where the platform vouches for it.</summary>
public sealed class MemberSignIn(MembersOptions options)
{
    public (SignInState State, MemberIdentity? Member) Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (options.SimulatedMember is { } simulated)
        {
            return (SignInState.SignedIn, simulated);
        }

        if (!options.PlatformAuthenticationEnabled)
        {
            return (SignInState.PlatformAuthenticationOff, null);
        }

        return ClientPrincipal.Decode(request.Headers[ClientPrincipal.Header].ToString()) is { } member
            ? (SignInState.SignedIn, member)
            : (SignInState.Anonymous, null);
    }
}

using System.Security.Claims;
using StdKit.Model.Diagnostics;

namespace StdKit.Web.Access;

/// <summary>
/// Sign-in through an organisation's identity provider (OpenID Connect, authorization code flow). The provider's
/// token names the user's memberships in <paramref name="MembershipClaim"/>, each "agency:role" (yunnan-sme-centre:
/// drafter); a user without one is refused.
/// </summary>
/// <param name="Authority">The provider's address (https; http only on this computer, for trying it).</param>
public sealed record OidcSettings(string Authority, string ClientId, string? ClientSecret, string MembershipClaim)
{
    /// <summary>The environment variables the command line reads them from; the secret is never an
    /// argument.</summary>
    public const string AuthorityVariable = "STDKIT_OIDC_AUTHORITY";
    public const string ClientIdVariable = "STDKIT_OIDC_CLIENT_ID";
    public const string ClientSecretVariable = "STDKIT_OIDC_CLIENT_SECRET";
    public const string ClaimVariable = "STDKIT_OIDC_CLAIM";

    /// <summary>The settings from the environment; null where no authority is given.</summary>
    public static OidcSettings? FromEnvironment(Func<string, string?> variable)
    {
        if (variable(AuthorityVariable) is not { Length: > 0 } authority) return null;
        var claim = variable(ClaimVariable)?.Trim() is { Length: > 0 } named ? named : "stdkit_roles";
        var settings = new OidcSettings(authority.Trim(), variable(ClientIdVariable)?.Trim() ?? "",
            variable(ClientSecretVariable), claim);
        settings.Validate();
        return settings;
    }

    /// <summary>The memberships a provider's token names: one claim per membership, or several in one claim
    /// separated by spaces or commas; anything that is not "agency:role" is left out.</summary>
    public IReadOnlyList<Membership> Memberships(ClaimsPrincipal principal) =>
        principal.FindAll(MembershipClaim)
            .SelectMany(c => c.Value.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
            .Select(Membership.TryParse).OfType<Membership>().Distinct().ToList();

    /// <summary>Mistakes in the settings, found before the server starts rather than at the first sign-in.</summary>
    public void Validate()
    {
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || (uri.Scheme == "http" && !uri.IsLoopback) || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            throw new UserError($"{AuthorityVariable}: '{Authority}' is not the https address of an identity provider",
                "give its issuer address, e.g. https://login.example.cn/realms/stdkit");
        if (ClientId.Length == 0)
            throw new UserError($"{ClientIdVariable} is not set",
                "give the client id the identity provider registered for the workbench");
        if (string.IsNullOrEmpty(ClientSecret))
            throw new UserError($"{ClientSecretVariable} is not set",
                "give the client secret the identity provider issued for the workbench, in the environment");
        if (MembershipClaim.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            throw new UserError($"{ClaimVariable}: '{MembershipClaim}' is not a claim name",
                "give the name of the claim that lists agency:role, e.g. stdkit_roles");
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace StdKit.Web.Access;

/// <summary>The signed-in user as the session cookie carries them: name, memberships and how they signed
/// in.</summary>
public static class SignInPrincipal
{
    public const string MethodClaim = "stdkit:method";
    public const string Password = "password";
    public const string Oidc = "oidc";

    public static ClaimsPrincipal Of(string user, IEnumerable<Membership> memberships, string method)
    {
        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name,
            ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, user));
        identity.AddClaim(new Claim(MethodClaim, method));
        foreach (var membership in memberships)
            identity.AddClaim(new Claim(AccessPolicy.MembershipClaim, membership.ToString()));
        return new ClaimsPrincipal(identity);
    }

    /// <summary>An address inside the workbench to go back to after signing in; anything else goes home.</summary>
    public static string SafeReturn(string? url) =>
        url is { Length: > 0 and <= 2048 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith("/\\", StringComparison.Ordinal) && !url.Any(char.IsControl)
        && !url.StartsWith("/signin", StringComparison.Ordinal) && !url.StartsWith("/signout", StringComparison.Ordinal)
            ? url
            : "/";
}

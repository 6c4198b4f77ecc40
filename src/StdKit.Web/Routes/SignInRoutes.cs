using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StdKit.Web.Access;
using StdKit.Web.Pages;

namespace StdKit.Web.Routes;

/// <summary>登录 and 退出: a form that works without JavaScript, with an antiforgery token; every attempt is written to
/// the audit log.</summary>
public static class SignInRoutes
{
    public const string SignIn = "/signin";
    public const string SignOut = "/signout";

    public static void Map(WebApplication app)
    {
        if (app.Services.GetService<IAccountStore>() is null) return;
        var oidc = app.Services.GetService<IAuthenticationSchemeProvider>()!
            .GetSchemeAsync(AccessServices.OidcScheme).GetAwaiter().GetResult() is not null;

        app.MapGet(SignIn, (HttpContext http, IAntiforgery antiforgery) =>
        {
            var query = http.Request.Query;
            var message = query["expired"] == "1" ? "登录已过期，请重新登录。"
                : query["failed"] == "oidc" ? "单位统一身份认证没有通过，或没有给出您在机构中的角色。" : null;
            return Form(http, antiforgery, oidc, query["returnUrl"], "", message, StatusCodes.Status200OK);
        }).Allow("returnUrl", "expired", "failed");

        app.MapPost(SignIn, async (HttpContext http, IAntiforgery antiforgery, IAccountStore store, AuditLog audit,
            FailedSignIns failures) =>
        {
            if (await Forms.Refused(http, antiforgery, "登录页面") is { } refused) return refused;
            var form = await http.Request.ReadFormAsync();
            var (user, password) = (form["user"].ToString().Trim(), form["password"].ToString());
            var returnUrl = form["returnUrl"].ToString();
            if (failures.Blocked(user))
            {
                audit.Record(http, user, "signin-blocked");
                return AccessServices.TooManyAttempts();
            }
            var account = AccountNames.IsUser(user) ? store.Find(user) : null;
            if (!Passwords.Verify(account, password) || account!.Memberships.Count == 0)
            {
                failures.Count(user);
                audit.Record(http, user, "signin-failed");
                return Form(http, antiforgery, oidc, returnUrl, user, "用户名或密码不正确。",
                    StatusCodes.Status401Unauthorized);
            }
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                SignInPrincipal.Of(account.User, account.Memberships, SignInPrincipal.Password),
                new AuthenticationProperties { IsPersistent = false });
            audit.Record(http, account.User, "signin", "password");
            return Results.Redirect(SignInPrincipal.SafeReturn(returnUrl), preserveMethod: false);
        }).RequireRateLimiting(AccessServices.SignInPolicy);

        if (oidc)
            app.MapGet(SignIn + "/oidc", (HttpContext http) =>
                Results.Challenge(new AuthenticationProperties
                    { RedirectUri = SignInPrincipal.SafeReturn(http.Request.Query["returnUrl"]) },
                    [AccessServices.OidcScheme])).Allow("returnUrl");

        app.MapGet(SignOut, (HttpContext http, IAntiforgery antiforgery, AccessPolicy access) =>
            access.User is null ? Results.Redirect("/")
                : PageResults.Page<SignOutPage>(
                    new { User = access.User, Token = Forms.Token(http, antiforgery) })).Allow();

        app.MapPost(SignOut, async (HttpContext http, IAntiforgery antiforgery, AccessPolicy access, AuditLog audit) =>
        {
            if (await Forms.Refused(http, antiforgery, "登录页面") is { } refused) return refused;
            if (access.User is { } user)
            {
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                audit.Record(http, user, "signout");
            }
            return Results.Redirect("/");
        });
    }

    private static IResult Form(HttpContext http, IAntiforgery antiforgery, bool oidc, string? returnUrl, string user,
        string? message, int status) =>
        PageResults.Page<SignInPage>(new
        {
            Token = Forms.Token(http, antiforgery),
            ReturnUrl = SignInPrincipal.SafeReturn(returnUrl),
            User = AccountNames.Shown(user),
            Message = message,
            Oidc = oidc,
        }, status);
}

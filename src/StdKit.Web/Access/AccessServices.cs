using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StdKit.Model.Diagnostics;
using StdKit.Web.Comments;
using StdKit.Web.Routes;

namespace StdKit.Web.Access;

/// <summary>
/// Sign-in for the workbench when it has accounts: ASP.NET Core's cookie authentication (HttpOnly, SameSite, a
/// sliding session), optionally OpenID Connect, antiforgery on the forms, sign-ins rate limited per client and per
/// user name, the keys that sign cookies kept in the account store (shared by the nodes), and the policy of each
/// request's user. Without accounts: the local user's policy and nothing else.
/// </summary>
public static class AccessServices
{
    public const string SessionCookie = "stdkit.session";
    public const string OidcScheme = "oidc";
    public const string SignInPolicy = "signin";
    public const string CommentPolicy = "comment";

    /// <summary>Comments one account may send in <see cref="CommentWindow"/>: more than a person writes, fewer than
    /// a script that floods a drafting group.</summary>
    private const int CommentsPerWindow = 30;
    private static readonly TimeSpan CommentWindow = TimeSpan.FromMinutes(10);

    /// <param name="treeOwner">The agency the content tree's own drafts belong to.</param>
    public static void Add(IServiceCollection services, WorkbenchOptions options, string? treeOwner)
    {
        if (options.Accounts is null)
        {
            if (options.Oidc is not null)
                throw new UserError("OpenID Connect sign-in needs an account store, for its audit log",
                    "give --accounts <file or connection string> too");
            services.AddSingleton(AccessPolicy.Local);
            return;
        }
        var store = AccountStores.Open(options.Accounts);
        services.AddSingleton(store);
        services.AddSingleton((ICommentStore)store);
        services.AddDataProtection().SetApplicationName(ProtectionKeys.ApplicationName)
            .AddKeyManagementOptions(keys => keys.XmlRepository = new ProtectionKeys(store));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditLog>();
        services.AddSingleton(new FailedSignIns(options.SignInLimits));
        services.AddHttpContextAccessor();
        services.AddScoped(provider =>
            AccessPolicy.For(provider.GetRequiredService<IHttpContextAccessor>().HttpContext!.User, treeOwner));
        services.AddAntiforgery(form =>
        {
            form.Cookie.Name = "stdkit.form";
            form.Cookie.SameSite = SameSiteMode.Strict;
            form.FormFieldName = "form-token";
        });
        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = SessionCookie;
                cookie.Cookie.HttpOnly = true;
                // Lax: a link to a draft from a mail still opens it signed in; forms carry antiforgery tokens.
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = options.Session;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/signin";
                cookie.LogoutPath = "/signout";
                cookie.ReturnUrlParameter = "returnUrl";
                cookie.Events.OnValidatePrincipal = Revalidate;
            });
        if (options.Oidc is { } oidc)
        {
            oidc.Validate();
            authentication.AddOpenIdConnect(OidcScheme, "单位统一身份认证", provider => Configure(provider, oidc));
        }
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) => new ValueTask((context.HttpContext.Request.Path
                .StartsWithSegments(CommentRoutes.Prefix) ? TooManyComments() : TooManyAttempts())
                .ExecuteAsync(context.HttpContext));
            limiter.AddPolicy(SignInPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.SignInLimits.PerClient,
                    Window = options.SignInLimits.Window,
                    QueueLimit = 0,
                }));
            limiter.AddPolicy(CommentPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.Identity?.Name ?? http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = CommentsPerWindow, Window = CommentWindow, QueueLimit = 0,
                }));
        });
    }

    /// <summary>Authentication, sessions that ended, and the sign-in limits, before the page cache looks at the
    /// user.</summary>
    public static void Use(WebApplication app)
    {
        if (app.Services.GetService<IAccountStore>() is not { } store) return;
        app.Lifetime.ApplicationStopped.Register(store.Dispose);
        app.UseAuthentication();
        app.UseMiddleware<ExpiredSessions>();
        app.UseRateLimiter();
    }

    public static IResult TooManyAttempts() => PageResults.Error(StatusCodes.Status429TooManyRequests,
        "登录尝试过于频繁", "为防止有人猜测密码，暂时不能再试。请几分钟后再登录；忘记密码请联系本单位的管理员。");

    private static IResult TooManyComments() => PageResults.Error(StatusCodes.Status429TooManyRequests,
        "提交意见过于频繁", $"每个账户{CommentWindow.TotalMinutes:0}分钟内最多提交{CommentsPerWindow}条意见。请稍后再提交；"
            + "意见较多时，可以把同一章条的几点意见写在一条里。");

    /// <summary>
    /// A password session is checked against the store on every request: a removed account is signed out at once,
    /// and a changed role applies at once.
    /// </summary>
    private static async Task Revalidate(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.FindFirst(SignInPrincipal.MethodClaim)?.Value != SignInPrincipal.Password) return;
        var store = context.HttpContext.RequestServices.GetRequiredService<IAccountStore>();
        if (context.Principal.Identity?.Name is { } name && store.Find(name) is { Memberships.Count: > 0 } account)
        {
            context.ReplacePrincipal(SignInPrincipal.Of(account.User, account.Memberships, SignInPrincipal.Password));
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private static void Configure(OpenIdConnectOptions provider, OidcSettings oidc)
    {
        provider.Authority = oidc.Authority;
        provider.ClientId = oidc.ClientId;
        provider.ClientSecret = oidc.ClientSecret;
        provider.ResponseType = "code";
        provider.UsePkce = true;
        provider.RequireHttpsMetadata = new Uri(oidc.Authority).Scheme == "https";
        provider.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        provider.CallbackPath = "/signin-oidc";
        provider.MapInboundClaims = false;
        provider.GetClaimsFromUserInfoEndpoint = true;
        provider.Events.OnTokenValidated = context =>
        {
            var principal = context.Principal!;
            var user = principal.FindFirst("preferred_username")?.Value ?? principal.FindFirst("sub")?.Value ?? "";
            var memberships = oidc.Memberships(principal);
            var audit = context.HttpContext.RequestServices.GetRequiredService<AuditLog>();
            if (memberships.Count == 0 || !AccountNames.IsUser(user))
            {
                audit.Record(context.HttpContext, user, "signin-failed", "oidc: no membership");
                context.Fail($"the token names no membership in claim {oidc.MembershipClaim}");
                return Task.CompletedTask;
            }
            context.Principal = SignInPrincipal.Of(user, memberships, SignInPrincipal.Oidc);
            audit.Record(context.HttpContext, user, "signin", "oidc");
            return Task.CompletedTask;
        };
        provider.Events.OnRemoteFailure = context =>
        {
            // The person sees a plain message; what went wrong goes to the server's log, for whoever set it up.
            Console.Error.WriteLine($"OpenID Connect sign-in failed: {context.Failure?.Message}");
            context.HandleResponse();
            context.Response.Redirect("/signin?failed=oidc");
            return Task.CompletedTask;
        };
    }
}

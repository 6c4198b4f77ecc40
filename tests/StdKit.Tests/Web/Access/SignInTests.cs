using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StdKit.Model.Diagnostics;
using StdKit.Tests.Support;
using StdKit.Web;
using StdKit.Web.Access;
using StdKit.Web.Rendering;
using static StdKit.Tests.Web.Access.AccessWorkbench;

namespace StdKit.Tests.Web.Access;

/// <summary>Sign-in and sign-out: wrong passwords, the session cookie, sessions that end, the limits on guessing,
/// forms from elsewhere, SQL typed into every field, and the audit log of it all.</summary>
[Collection(AccessWorkbenchCollection.Name)]
public sealed class SignInTests(AccessWorkbench access)
{
    private IReadOnlyList<AuditEntry> Audit(int count)
    {
        using var store = AccountStores.Open(access.Accounts);
        return store.AuditLog(count);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_page_that_says_so_and_is_written_to_the_audit_log()
    {
        using var visitor = await access.As(null);
        using var response = await visitor.SignIn("ana", "wrong-password");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("用户名或密码不正确", page);
        Assert.Contains("value=\"ana\"", page);
        Assert.Null(visitor.Cookies[AccessServices.SessionCookie]);
        Assert.Contains(Audit(20), e => e is { User: "ana", Action: "signin-failed", Client: not null });
        var (_, standards) = await visitor.Read("/standards");
        Assert.DoesNotContain(access.DraftOfA, standards);
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_answer_as_a_wrong_password()
    {
        using var visitor = await access.As(null);
        using var unknown = await visitor.SignIn("nobody", "wrong-password");
        using var wrong = await visitor.SignIn("ana", "wrong-password");
        Assert.Equal(wrong.StatusCode, unknown.StatusCode);
        Assert.Equal((await wrong.Content.ReadAsStringAsync()).Replace("ana", "USER").Split("form-token")[0],
            (await unknown.Content.ReadAsStringAsync()).Replace("nobody", "USER").Split("form-token")[0]);
    }

    [Fact]
    public async Task Signing_in_sets_an_http_only_same_site_session_cookie_and_returns_to_the_page_asked_for()
    {
        using var visitor = new Visitor(access.Workbench.Server);
        using var response = await visitor.SignIn("ana", Password, "/standards?agency=" + AgencyA);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/standards?agency=" + AgencyA, response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AccessServices.SessionCookie));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        // A browser session's cookie: its ticket carries the expiry, checked by the server.
        Assert.DoesNotContain("expires", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Audit(20), e => e is { User: "ana", Action: "signin", Target: "password" });
        var (_, page) = await visitor.Read("/");
        Assert.Contains("ana", page);
        Assert.Contains("退出", page);
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task A_return_address_outside_the_workbench_goes_home(string returnUrl)
    {
        using var visitor = new Visitor(access.Workbench.Server);
        using var response = await visitor.SignIn("ana", Password, returnUrl);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_form_without_its_token_does_nothing()
    {
        using var visitor = new Visitor(access.Workbench.Server);
        var before = Audit(1000).Count;
        using var response = await visitor.SignIn("ana", Password, token: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(visitor.Cookies[AccessServices.SessionCookie]);
        Assert.Equal(before, Audit(1000).Count);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_is_written_to_the_audit_log()
    {
        using var ben = await access.As("ben");
        Assert.Equal(HttpStatusCode.OK, (await ben.Read(InAddress("/standards/" + access.DraftOfB))).Status);
        using var response = await ben.SignOut();
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(Audit(20), e => e is { User: "ben", Action: "signout" });
        var (status, _) = await ben.Read(InAddress("/standards/" + access.DraftOfB));
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    public static TheoryData<string> SqlFragments => new()
    {
        "' OR '1'='1", "ana' --", "ana'; DROP TABLE accounts; --", "\"; DELETE FROM memberships; --",
        "' UNION SELECT user_name, password_hash FROM accounts --", "%", "ana\0",
    };

    [Theory]
    [MemberData(nameof(SqlFragments))]
    public async Task Sql_in_the_user_name_the_password_or_the_query_signs_nobody_in_and_changes_nothing(string sql)
    {
        using var visitor = new Visitor(access.Workbench.Server);
        foreach (var (user, password) in new[] { (sql, Password), ("ana", sql), (sql, sql) })
        {
            using var response = await visitor.SignIn(user, password);
            // A control character makes the form unreadable (400); anything else is a wrong name or password.
            Assert.Equal(sql.Any(char.IsControl) ? HttpStatusCode.BadRequest : HttpStatusCode.Unauthorized,
                response.StatusCode);
            Assert.Null(visitor.Cookies[AccessServices.SessionCookie]);
        }
        foreach (var url in new[] { "/?q=", "/api/search?q=", "/terms?q=", "/refs?doc=", "/?q=能耗&standard=" })
        {
            var (status, body) = await visitor.Read(url + Uri.EscapeDataString(sql));
            Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{url}: {status}");
            Assert.DoesNotContain(access.DraftOfA, body);
            Assert.DoesNotContain(access.DraftOfB, body);
            Assert.DoesNotContain("AQAAAA", body); // the start of every password hash
        }
        using var store = AccountStores.Open(access.Accounts);
        Assert.Equal(["ana", "ben"], store.List().Where(a => a.User is "ana" or "ben").Select(a => a.User));
        Assert.All(store.List(), a => Assert.Single(a.Memberships));
    }
}

/// <summary>Sessions that end and limits on guessing, each on a server of its own over the shared knowledge
/// base.</summary>
[Collection(AccessWorkbenchCollection.Name)]
public sealed class SessionTests(AccessWorkbench access)
{
    private Visitor Visitor(Func<WorkbenchOptions, WorkbenchOptions> options) =>
        new(access.Workbench.Start(options(access.Workbench.Options)));

    [Fact]
    public async Task An_expired_session_goes_back_to_the_sign_in_page_which_says_so()
    {
        using var visitor = Visitor(o => o with { Session = TimeSpan.FromSeconds(2) });
        await visitor.SignedIn("ana", Password);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Read(InAddress("/standards/" + access.DraftOfA))).Status);
        await Task.Delay(TimeSpan.FromSeconds(3));
        using var expired = await visitor.Get("/standards");
        Assert.Equal(HttpStatusCode.SeeOther, expired.StatusCode);
        Assert.Equal("/signin?expired=1&returnUrl=%2Fstandards", expired.Headers.Location!.OriginalString);
        var (_, page) = await visitor.Read(expired.Headers.Location.OriginalString);
        Assert.Contains("登录已过期，请重新登录", page);
        var (_, standards) = await visitor.Read("/standards");
        Assert.DoesNotContain(access.DraftOfA, standards);
    }

    [Fact]
    public async Task A_session_in_use_slides_on()
    {
        using var visitor = Visitor(o => o with { Session = TimeSpan.FromSeconds(4) });
        await visitor.SignedIn("ana", Password);
        for (var i = 0; i < 4; i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            Assert.Equal(HttpStatusCode.OK, (await visitor.Read(InAddress("/standards/" + access.DraftOfA))).Status);
        }
    }

    [Fact]
    public async Task Wrong_passwords_for_one_user_name_block_it_whatever_the_password_then()
    {
        using var visitor = Visitor(o => o with { SignInLimits = new SignInLimits(100, 3, TimeSpan.FromMinutes(5)) });
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.SignIn("ben", $"guess-{i}")).StatusCode);
        using var blocked = await visitor.SignIn("ben", Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Contains("登录尝试过于频繁", WebUtility.HtmlDecode(await blocked.Content.ReadAsStringAsync()));
        Assert.Null(visitor.Cookies[AccessServices.SessionCookie]);
        // Another name is not blocked by ben's.
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.SignIn("ana", Password)).StatusCode);
        using var store = AccountStores.Open(access.Accounts);
        Assert.Contains(store.AuditLog(20), e => e is { User: "ben", Action: "signin-blocked" });
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_limits_and_the_audit_log_see_the_browser_and_no_one_else_chooses_it()
    {
        var proxy = IPAddress.Parse("10.0.0.5");
        var server = access.Workbench.Start(access.Workbench.Options with
        {
            SignInLimits = new SignInLimits(2, 100, TimeSpan.FromMinutes(5)),
            Proxies = TrustedProxies.Parse(["10.0.0.0/24"]),
        });
        Visitor From(IPAddress address, string forwardedFor)
        {
            var visitor = new Visitor(server, http => http.Connection.RemoteIpAddress = address);
            visitor.Headers["X-Forwarded-For"] = forwardedFor;
            return visitor;
        }
        using var first = From(proxy, "203.0.113.7");
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await first.SignIn("ana", $"guess-{i}")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.SignIn("ana", "guess")).StatusCode);
        // Another browser behind the same proxy is counted apart.
        using var second = From(proxy, "203.0.113.8");
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.SignIn("ana", "guess")).StatusCode);
        // A client that is not the proxy cannot choose the address it is counted and logged under.
        using var direct = From(IPAddress.Parse("198.51.100.9"), "203.0.113.99");
        Assert.Equal(HttpStatusCode.Unauthorized, (await direct.SignIn("ana", "guess")).StatusCode);
        using var store = AccountStores.Open(access.Accounts);
        var clients = store.AuditLog(50).Where(e => e.Action == "signin-failed").Select(e => e.Client).ToList();
        Assert.Contains("203.0.113.7", clients);
        Assert.Contains("203.0.113.8", clients);
        Assert.Contains("198.51.100.9", clients);
        Assert.DoesNotContain("203.0.113.99", clients);
        Assert.DoesNotContain("10.0.0.5", clients);
    }

    [Fact]
    public async Task Sign_in_through_an_identity_provider_opens_the_agencys_drafts_and_no_membership_opens_nothing()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        var server = access.Workbench.Start(access.Workbench.Options with
        {
            Oidc = new OidcSettings(provider.Authority, TestIdentityProvider.ClientId,
                TestIdentityProvider.ClientSecret, "stdkit_roles"),
        });
        using var browser = new HttpClient();
        var draft = InAddress("/standards/" + access.DraftOfA);

        // The provider's page is the browser's business: it answers the code and state the browser posts back.
        async Task<HttpResponseMessage> SignIn(Visitor visitor)
        {
            using var start = await visitor.Get(Links.With("/signin/oidc", ("returnUrl", draft)));
            Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
            var authorize = start.Headers.Location!;
            Assert.StartsWith(provider.Authority + "/authorize?", authorize.AbsoluteUri);
            var answer = await browser.GetFromJsonAsync<JsonElement>(authorize);
            Assert.Equal("https://localhost/signin-oidc", answer.GetProperty("redirect_uri").GetString());
            return await visitor.Submit("/signin", "/signin-oidc", new()
            {
                ["code"] = answer.GetProperty("code").GetString()!, ["state"] = answer.GetProperty("state").GetString()!,
            }, token: false);
        }

        using var zhao = new Visitor(server, secure: true);
        provider.NextUser = new() { ["sub"] = "u-17", ["preferred_username"] = "zhao",
            ["stdkit_roles"] = $"{AgencyA}:reader" };
        using (var signedIn = await SignIn(zhao))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal(draft, signedIn.Headers.Location!.OriginalString);
        }
        Assert.Equal(HttpStatusCode.OK, (await zhao.Read(draft)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await zhao.Read(InAddress("/standards/" + access.DraftOfB))).Status);

        using var qian = new Visitor(server, secure: true);
        provider.NextUser = new() { ["sub"] = "u-18", ["preferred_username"] = "qian", ["stdkit_roles"] = "none" };
        using (var refused = await SignIn(qian))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/signin?failed=oidc", refused.Headers.Location!.OriginalString);
        }
        Assert.Null(qian.Cookies[AccessServices.SessionCookie]);
        Assert.Equal(HttpStatusCode.NotFound, (await qian.Read(draft)).Status);

        using var store = AccountStores.Open(access.Accounts);
        var log = store.AuditLog(20);
        Assert.Contains(log, e => e is { User: "zhao", Action: "signin", Target: "oidc" });
        Assert.Contains(log, e => e is { User: "qian", Action: "signin-failed" });
    }

    [Theory]
    [InlineData("10.0.0.300")]
    [InlineData("proxy.example")]
    [InlineData("10.0.0.0/99")]
    public void A_trusted_proxy_that_is_not_an_address_is_refused_with_what_to_give(string given)
    {
        var error = Assert.Throws<UserError>(() => TrustedProxies.Parse([given]));
        Assert.Contains($"--trusted-proxy {given}", error.Message);
    }

    [Fact]
    public async Task One_client_trying_many_names_is_stopped_too()
    {
        using var visitor = Visitor(o => o with { SignInLimits = new SignInLimits(4, 100, TimeSpan.FromMinutes(5)) });
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.SignIn($"user{i}", "guess")).StatusCode);
        using var limited = await visitor.SignIn("ana", Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("登录尝试过于频繁", WebUtility.HtmlDecode(await limited.Content.ReadAsStringAsync()));
        // Reading goes on: only signing in is limited.
        Assert.Equal(HttpStatusCode.OK, (await visitor.Read("/standards")).Status);
    }

    [Fact]
    public async Task A_removed_account_is_signed_out_at_its_next_request()
    {
        using var store = AccountStores.Open(access.Accounts);
        var audit = new AuditEntry(DateTimeOffset.UtcNow, "test", "account-add", null, "tests");
        store.Save("cleo", Passwords.Hash("cleo", Password), new Membership(AgencyA, Role.Reader), audit);
        using var visitor = Visitor(o => o);
        await visitor.SignedIn("cleo", Password);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Read(InAddress("/standards/" + access.DraftOfA))).Status);
        store.Remove("cleo", audit with { Action = "account-remove" });
        using var after = await visitor.Get(InAddress("/standards/" + access.DraftOfA));
        Assert.Equal(HttpStatusCode.SeeOther, after.StatusCode);
        Assert.StartsWith("/signin?expired=1", after.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Openid_connect_is_wired_from_its_settings_and_offered_on_the_sign_in_page()
    {
        var oidc = new OidcSettings("https://login.example.cn/realms/stdkit", "workbench", "s3cret", "stdkit_roles");
        var server = access.Workbench.Start(access.Workbench.Options with { Oidc = oidc });
        var options = server.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>()
            .Get(AccessServices.OidcScheme);
        Assert.Equal((oidc.Authority, oidc.ClientId, oidc.ClientSecret, "code", true, true),
            (options.Authority, options.ClientId, options.ClientSecret, options.ResponseType, options.UsePkce,
                options.RequireHttpsMetadata));
        Assert.Equal("/signin-oidc", options.CallbackPath.Value);
        options.Validate(AccessServices.OidcScheme);
        using var visitor = new Visitor(server);
        var (_, page) = await visitor.Read("/signin?returnUrl=%2Fstandards");
        Assert.Contains("使用单位统一身份认证登录", page);
        Assert.Matches("href=\"/signin/oidc\\?returnUrl=(/|%2F)standards\"", page);
    }

    [Fact]
    public void Openid_connect_without_an_account_store_is_refused()
    {
        var options = access.Workbench.Options with
        {
            Accounts = null, Oidc = new OidcSettings("https://login.example.cn/", "workbench", "s3cret", "roles"),
        };
        Assert.Contains("needs an account store", Assert.Throws<UserError>(() => WebServer.Create(options)).Message);
    }

    [Fact]
    public void A_providers_token_names_memberships_in_its_claim_and_nothing_else_counts()
    {
        var oidc = new OidcSettings("https://login.example.cn/", "workbench", "s3cret", "stdkit_roles");
        var principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
        [
            new System.Security.Claims.Claim("stdkit_roles", $"{AgencyA}:reader {AgencyB}:administrator"),
            new System.Security.Claims.Claim("stdkit_roles", "x:superuser,bad!id:reader;" + AgencyA + ":reader"),
            new System.Security.Claims.Claim("roles", "other-agency:administrator"),
        ]));
        Assert.Equal([new Membership(AgencyA, Role.Reader), new Membership(AgencyB, Role.Administrator)],
            oidc.Memberships(principal));
    }

    [Fact]
    public async Task A_session_begun_on_one_node_is_accepted_by_another_over_the_same_accounts_only()
    {
        using var first = await access.As("ana");
        var draft = InAddress("/standards/" + access.DraftOfA);
        using (var second = first.To(access.Workbench.Start(access.Workbench.Options)))
            Assert.Equal(HttpStatusCode.OK, (await second.Read(draft)).Status);
        using (var store = AccountStores.Open(access.Accounts))
            Assert.NotEmpty(store.ProtectionKeys());

        // Another account store with the same user keeps keys of its own: the cookie signs no one in there, and
        // goes back to the sign-in page as an ended session does.
        var folder = Directory.CreateTempSubdirectory("stdkit-keys-");
        try
        {
            var others = Path.Combine(folder.FullName, AccountStores.FileName);
            using (var store = AccountStores.Open(others))
                store.Save("ana", Passwords.Hash("ana", Password), new Membership(AgencyA, Role.Reader),
                    new AuditEntry(DateTimeOffset.UtcNow, "test", "account-add", null, "tests"));
            using var stranger = first.To(access.Workbench.Start(access.Workbench.Options with { Accounts = others }));
            using var refused = await stranger.Get(draft);
            Assert.Equal(HttpStatusCode.SeeOther, refused.StatusCode);
            Assert.StartsWith("/signin?expired=1", refused.Headers.Location!.OriginalString);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public async Task Accounts_in_postgresql_sign_in_on_every_node_and_write_the_audit_log_there()
    {
        using var database = new PostgresDatabase();
        using (var store = AccountStores.Open(database.ConnectionString))
            store.Save("ana", Passwords.Hash("ana", Password), new Membership(AgencyA, Role.Reader),
                new AuditEntry(DateTimeOffset.UtcNow, "test", "account-add", null, "tests"));
        using (var visitor = Visitor(o => o with { Accounts = database.ConnectionString }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.SignIn("ana", "wrong-password")).StatusCode);
            await visitor.SignedIn("ana", Password);
            Assert.Equal(HttpStatusCode.OK, (await visitor.Read(InAddress("/standards/" + access.DraftOfA))).Status);
            // Another node over the same database takes the session: the keys that sign it are kept there.
            using var node = visitor.To(access.Workbench.Start(access.Workbench.Options with
            {
                Accounts = database.ConnectionString,
            }));
            Assert.Equal(HttpStatusCode.OK, (await node.Read(InAddress("/standards/" + access.DraftOfA))).Status);
            Assert.Equal(1L, database.Scalar<long>("SELECT count(*) FROM protection_keys"));
        }
        using (var store = AccountStores.Open(database.ConnectionString))
            Assert.Equal(["signin", "signin-failed", "account-add"], store.AuditLog(10).Select(e => e.Action));
    }
}

/// <summary>Starting the workbench: without accounts only on this computer; OpenID Connect settings checked before it
/// starts.</summary>
public sealed class AccessSettingsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5170", true)]
    [InlineData("http://localhost:5170", true)]
    [InlineData("http://[::1]:5170", true)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://+:8080", false)]
    [InlineData("http://192.168.1.20:8080", false)]
    [InlineData("http://127.0.0.1:5170;http://0.0.0.0:8080", false)]
    public void Without_accounts_only_the_loopback_address_is_served(string urls, bool allowed)
    {
        if (allowed) ListenAddress.Check(urls, hasAccounts: false);
        else Assert.Contains("no accounts", Assert.Throws<UserError>(() => ListenAddress.Check(urls, false)).Message);
        ListenAddress.Check(urls, hasAccounts: true);
    }

    [Theory]
    [InlineData("login.example.cn", "workbench", "secret", "stdkit_roles", "is not the https address")]
    [InlineData("http://login.example.cn/realms/x", "workbench", "secret", "stdkit_roles", "is not the https address")]
    [InlineData("https://login.example.cn/?a=1", "workbench", "secret", "stdkit_roles", "is not the https address")]
    [InlineData("https://login.example.cn/realms/x", "", "secret", "stdkit_roles", "STDKIT_OIDC_CLIENT_ID is not set")]
    [InlineData("https://login.example.cn/realms/x", "workbench", "secret", "stdkit roles", "is not a claim name")]
    public void Openid_connect_settings_are_checked_before_the_server_starts(string authority, string client,
        string secret, string claim, string message)
    {
        var variables = new Dictionary<string, string>
        {
            [OidcSettings.AuthorityVariable] = authority, [OidcSettings.ClientIdVariable] = client,
            [OidcSettings.ClientSecretVariable] = secret + "-s3cr3t", [OidcSettings.ClaimVariable] = claim,
        };
        var refused = Assert.Throws<UserError>(() => OidcSettings.FromEnvironment(variables.GetValueOrDefault));
        Assert.Contains(message, refused.Message);
        Assert.DoesNotContain("s3cr3t", refused.Message);
    }

    [Fact]
    public void A_missing_client_secret_is_named()
    {
        var refused = Assert.Throws<UserError>(() => new OidcSettings("https://login.example.cn/", "workbench", null,
            "stdkit_roles").Validate());
        Assert.Contains("STDKIT_OIDC_CLIENT_SECRET is not set", refused.Message);
    }

    [Fact]
    public void No_authority_means_no_openid_connect()
    {
        Assert.Null(OidcSettings.FromEnvironment(_ => null));
        var settings = OidcSettings.FromEnvironment(name => name switch
        {
            OidcSettings.AuthorityVariable => "http://127.0.0.1:8081/realms/trial",
            OidcSettings.ClientIdVariable => "workbench",
            OidcSettings.ClientSecretVariable => "s3cret",
            _ => null,
        });
        Assert.Equal(new OidcSettings("http://127.0.0.1:8081/realms/trial", "workbench", "s3cret", "stdkit_roles"),
            settings);
    }
}

using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace StdKit.Tests.Support;

/// <summary>
/// An OpenID Connect provider on a loopback port, as small as the authorization code flow with PKCE allows:
/// discovery, authorize (answers the code and state a browser would post back), token (checks the code, the client
/// secret and the PKCE verifier; signs an RS256 id_token with the nonce), keys and userinfo. The claims of the next
/// sign-in are set by the test.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "workbench";
    public const string ClientSecret = "provider-s3cret";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private readonly ConcurrentDictionary<string, Grant> _grants = new();
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, object>> _userinfo = new();

    private sealed record Grant(string Nonce, string Challenge, IReadOnlyDictionary<string, object> Claims);

    private TestIdentityProvider(WebApplication app) => _app = app;

    /// <summary>The issuer address, which is the workbench's authority.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>The claims the next user signs in with (besides sub, iss, aud, nonce and times).</summary>
    public Dictionary<string, object> NextUser { get; set; } = [];

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var provider = new TestIdentityProvider(builder.Build());
        provider.Map();
        await provider._app.StartAsync();
        provider.Authority = provider._app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return provider;
    }

    private void Map()
    {
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = Authority + "/authorize",
            ["token_endpoint"] = Authority + "/token",
            ["jwks_uri"] = Authority + "/keys",
            ["userinfo_endpoint"] = Authority + "/userinfo",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        _app.MapGet("/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(_key);
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "RS256",
                n = jwk.N, e = jwk.E } } });
        });
        _app.MapGet("/authorize", (HttpRequest request) =>
        {
            var query = request.Query;
            if (query["client_id"] != ClientId || query["response_type"] != "code"
                || query["code_challenge_method"] != "S256")
                return Results.BadRequest("unexpected authorization request");
            var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            _grants[code] = new Grant(query["nonce"]!, query["code_challenge"]!, NextUser);
            // What the browser would post back to the redirect URI.
            return Results.Json(new { redirect_uri = query["redirect_uri"].ToString(), code,
                state = query["state"].ToString() });
        });
        _app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var (id, secret) = Client(request, form);
            if (id != ClientId || secret != ClientSecret) return Results.Json(new { error = "invalid_client" },
                statusCode: 401);
            if (!_grants.TryRemove(form["code"].ToString(), out var grant)
                || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())))
                    != grant.Challenge)
                return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
            var claims = new Dictionary<string, object>(grant.Claims) { ["nonce"] = grant.Nonce };
            var now = DateTime.UtcNow;
            var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Authority, Audience = ClientId, Claims = claims, IssuedAt = now, NotBefore = now,
                Expires = now.AddMinutes(5), SigningCredentials = new SigningCredentials(_key, "RS256"),
            });
            var access = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            _userinfo[access] = grant.Claims;
            return Results.Json(new { access_token = access, token_type = "Bearer", id_token = token,
                expires_in = 300 });
        });
        _app.MapGet("/userinfo", (HttpRequest request) =>
            _userinfo.TryGetValue(request.Headers.Authorization.ToString().Replace("Bearer ", ""), out var claims)
                ? Results.Json(claims) : Results.Unauthorized());
    }

    /// <summary>The client's id and secret, by HTTP Basic or in the form, as clients send them.</summary>
    private static (string? Id, string? Secret) Client(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.Ordinal))
            return (form["client_id"].ToString(), form["client_secret"].ToString());
        var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
        return (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

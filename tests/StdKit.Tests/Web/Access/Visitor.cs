using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace StdKit.Tests.Web.Access;

/// <summary>
/// One browser's worth of a workbench in memory: its cookies kept between requests, redirects not followed (so a
/// test sees them), and the sign-in form filled in as a person would — token from the page, then the post.
/// </summary>
/// <param name="connection">Sets what the server sees of the connection, such as the address it comes from.</param>
/// <param name="secure">Whether it comes over HTTPS, as through a proxy that ends TLS: cookies marked secure then go
/// back.</param>
public sealed partial class Visitor(TestServer server, Action<HttpContext>? connection = null, bool secure = false)
    : IDisposable
{
    private readonly Uri _base = Address(secure);
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _client = new(connection is null ? server.CreateHandler()
        : server.CreateHandler(connection)) { BaseAddress = Address(secure) };

    private static Uri Address(bool secure) => new(secure ? "https://localhost/" : "http://localhost/");

    /// <summary>Headers sent with every request, as a proxy in front would add them.</summary>
    public Dictionary<string, string> Headers { get; } = [];

    public CookieCollection Cookies => _cookies.GetCookies(_base);

    /// <summary>The same browser sent to another server: its cookies go along.</summary>
    public Visitor To(TestServer other)
    {
        var visitor = new Visitor(other);
        visitor._cookies.Add(_base, Cookies);
        return visitor;
    }

    public async Task<HttpResponseMessage> Get(string url) => await Send(new HttpRequestMessage(HttpMethod.Get, url));

    /// <summary>The status and the text of an answer; a page's entities decoded, so that a test looks for text as
    /// the reader sees it.</summary>
    public async Task<(HttpStatusCode Status, string Body)> Read(string url)
    {
        using var response = await Get(url);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode,
            response.Content.Headers.ContentType?.MediaType == "text/html" ? WebUtility.HtmlDecode(body) : body);
    }

    /// <summary>The sign-in form sent with the token of the page it came from; <paramref name="token"/> false sends
    /// it without one, as another site's form would.</summary>
    public async Task<HttpResponseMessage> SignIn(string user, string password, string returnUrl = "/",
        bool token = true)
    {
        var fields = new Dictionary<string, string>
        {
            ["user"] = user, ["password"] = password, ["returnUrl"] = returnUrl,
        };
        if (token) fields["form-token"] = await Token("/signin");
        return await Post("/signin", fields);
    }

    public async Task<HttpResponseMessage> SignOut()
    {
        return await Post("/signout", new Dictionary<string, string> { ["form-token"] = await Token("/signout") });
    }

    /// <summary>Signs in and checks that it worked.</summary>
    public async Task<Visitor> SignedIn(string user, string password)
    {
        using var response = await SignIn(user, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return this;
    }

    /// <summary>A form of <paramref name="page"/> filled in and sent to <paramref name="action"/>, with the page's token
    /// unless <paramref name="token"/> is false.</summary>
    public async Task<HttpResponseMessage> Submit(string page, string action, Dictionary<string, string> fields,
        bool token = true)
    {
        if (token) fields["form-token"] = await Token(page);
        return await Post(action, fields);
    }

    private Task<HttpResponseMessage> Post(string url, Dictionary<string, string> fields) =>
        Send(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) });

    private async Task<string> Token(string page)
    {
        var (_, body) = await Read(page);
        return WebUtility.HtmlDecode(TokenField().Match(body) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException($"no form token on {page}"));
    }

    private async Task<HttpResponseMessage> Send(HttpRequestMessage request)
    {
        // Cookies by the address asked, as a browser keeps them: a cookie of path /signin-oidc goes there only.
        var address = new Uri(_base, request.RequestUri!);
        if (_cookies.GetCookieHeader(address) is { Length: > 0 } cookies) request.Headers.Add("Cookie", cookies);
        foreach (var (name, value) in Headers) request.Headers.Add(name, value);
        var response = await _client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
            foreach (var cookie in set) _cookies.SetCookies(address, cookie);
        return response;
    }

    [GeneratedRegex("name=\"form-token\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public void Dispose() => _client.Dispose();
}

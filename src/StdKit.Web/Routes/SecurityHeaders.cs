using Microsoft.AspNetCore.Http;

namespace StdKit.Web.Routes;

/// <summary>
/// Headers on every answer: a Content-Security-Policy that lets a page load only the workbench's own style sheet,
/// script and pictures (no inline script, so escaped content can never become one), and no sniffing or framing.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
        "connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }
}

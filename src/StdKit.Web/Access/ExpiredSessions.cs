using Microsoft.AspNetCore.Http;

namespace StdKit.Web.Access;

/// <summary>A page asked for with a session cookie that no longer signs anyone in (expired, or the account removed)
/// goes back to the sign-in page, which says so, instead of quietly showing the public view.</summary>
public sealed class ExpiredSessions(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.User.Identity?.IsAuthenticated == true || !request.Cookies.ContainsKey(AccessServices.SessionCookie)
            || !HttpMethods.IsGet(request.Method) || request.Path.StartsWithSegments("/signin")
            || request.Path.StartsWithSegments("/assets"))
            return next(context);
        context.Response.Cookies.Delete(AccessServices.SessionCookie);
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = "/signin?expired=1&returnUrl="
            + Uri.EscapeDataString(SignInPrincipal.SafeReturn(request.Path.Value + request.QueryString.Value));
        return Task.CompletedTask;
    }
}

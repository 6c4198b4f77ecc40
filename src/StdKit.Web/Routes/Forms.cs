using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace StdKit.Web.Routes;

/// <summary>The forms of the workbench: each page with one carries an antiforgery token, and each post is checked
/// for it before anything is read or done.</summary>
public static class Forms
{
    public static AntiforgeryTokenSet Token(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        // A page with a token is one user's: never kept by a proxy.
        http.Response.Headers.CacheControl = "no-store";
        return tokens;
    }

    /// <summary>A form sent without its token (another site's, or a page kept too long), or one that does not read
    /// (control characters): nothing is done.</summary>
    /// <param name="page">The page to fill the form in again, as the hint names it ("登录页面").</param>
    public static async Task<IResult?> Refused(HttpContext http, IAntiforgery antiforgery, string page)
    {
        try
        {
            return http.Request.HasFormContentType && await antiforgery.IsRequestValidAsync(http) ? null
                : PageResults.BadRequest("表单已失效", $"请回到{page}重新填写后提交。");
        }
        catch (AntiforgeryValidationException)
        {
            return PageResults.BadRequest("表单无法读取", $"请回到{page}重新填写；填写的内容中不能有控制字符。");
        }
    }
}

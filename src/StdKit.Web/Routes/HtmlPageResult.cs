using Microsoft.AspNetCore.Http;
using StdKit.Web.Rendering;

namespace StdKit.Web.Routes;

/// <summary>
/// A page written directly as escaped HTML (<see cref="HtmlText"/>) into a pooled buffer and encoded into the
/// response's own buffers: for the pages asked most often and new each time (a search), where a component tree costs
/// more than the search itself.
/// </summary>
internal sealed class HtmlPageResult(Action<HtmlText> write, int status = StatusCodes.Status200OK) : IResult
{
    public async Task ExecuteAsync(HttpContext http)
    {
        using var page = new PageBuffer();
        write(new HtmlText(page));
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = page.ByteCount;
        page.WriteTo(response.BodyWriter);
        await response.BodyWriter.FlushAsync(http.RequestAborted);
    }
}

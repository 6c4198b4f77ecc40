using Microsoft.AspNetCore.Http;
using StdKit.Model.Diagnostics;

namespace StdKit.Web.Routes;

/// <summary>
/// The one place where what goes wrong while answering becomes a page: a search the knowledge base refuses is the
/// reader's to correct (400); a knowledge base out of reach is the machine's (503, without its details); content that
/// no longer reads is the drafters' (500, with file and line); anything else is a plain 500 page — never a stack trace.
/// </summary>
public sealed class ErrorPages(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        // A request given up (the client went away, the node stopping) has nobody to answer and is no fault.
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested
            && e is not OperationCanceledException)
        {
            context.Response.Clear();
            var page = e switch
            {
                UserError { Kind: FailureKind.Input } query when query.Diagnostics.All(d => d.Location is null)
                    => PageResults.BadRequest(query.Diagnostics[0].Message, query.Diagnostics[0].Fix),
                // The machine's (a database server restarting): what it said names the machine, so it is not shown.
                UserError { Kind: FailureKind.Environment } => PageResults.Error(
                    StatusCodes.Status503ServiceUnavailable, "暂时无法完成这个请求", "知识库或所需的程序暂时不可用，请稍后再试；若一再出现，请告诉维护人员。"),
                UserError content => PageResults.Error(StatusCodes.Status500InternalServerError, "内容文件有误，无法显示",
                    string.Join("\n", content.Diagnostics)),
                _ => PageResults.Error(StatusCodes.Status500InternalServerError, "服务器内部错误",
                    "请稍后再试；若一再出现，请告诉维护人员出错的地址。"),
            };
            // The operator's log: a fault of StdKit is to be reported with what happened.
            if (e is not UserError)
                await Console.Error.WriteLineAsync($"{DateTime.UtcNow:O} {context.Request.Path}: {e}");
            await page.ExecuteAsync(context);
        }
    }
}

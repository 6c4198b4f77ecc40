using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using StdKit.Web.Pages;

namespace StdKit.Web.Routes;

/// <summary>The pages every route answers with when it cannot show what was asked: status, what happened, what to
/// do.</summary>
public static class PageResults
{
    public static IResult NotFound(string message, string hint) => Error(StatusCodes.Status404NotFound, message, hint);

    public static IResult BadRequest(string message, string hint) =>
        Error(StatusCodes.Status400BadRequest, message, hint);

    public static IResult Error(int status, string message, string hint) =>
        new RazorComponentResult<ErrorPage>(new { Status = status, Message = message, Hint = hint }) { StatusCode =
            status };

    /// <summary>A Razor page component with its parameters.</summary>
    public static IResult Page<TPage>(object parameters, int status = StatusCodes.Status200OK)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        new RazorComponentResult<TPage>(parameters) { StatusCode = status };
}

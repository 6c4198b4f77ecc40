using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace StdKit.Web.Routes;

/// <summary>
/// The query parameters a page understands. Anything else, or a parameter given twice, is a mistyped or hand-made
/// link: the reader gets a page saying so (400) rather than a page that silently ignores part of the address.
/// </summary>
public sealed class AllowedQuery(params string[] names) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var (name, values) in context.HttpContext.Request.Query)
        {
            if (!names.Contains(name))
                return ValueTask.FromResult<object?>(PageResults.BadRequest($"这个页面没有参数“{name}”",
                    names.Length == 0 ? "请去掉地址中“?”之后的部分。" : $"可用的参数：{string.Join("、", names)}。"));
            if (values.Count > 1)
                return ValueTask.FromResult<object?>(PageResults.BadRequest($"参数“{name}”出现了{values.Count}次",
                    "每个参数只能给一次。"));
        }
        return next(context);
    }
}

public static class AllowedQueryExtensions
{
    public static TBuilder Allow<TBuilder>(this TBuilder builder, params string[] names) where TBuilder
        : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new AllowedQuery(names));
}

using System.Buffers;
using System.Globalization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace StdKit.Web.Routes;

/// <summary>
/// Turns away requests no page can answer before any route reads them: an address longer than any link of the
/// workbench, and percent-encoding that is malformed or does not decode to UTF-8. Each gets a page saying what is
/// wrong.
/// </summary>
public sealed class RequestGuard(RequestDelegate next)
{
    /// <summary>Far above any link the pages make (a search of 500 characters with every filter is under 6
    /// kB).</summary>
    public const int MaxTarget = 16 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        // The target as sent; a host without one (the in-memory test server) gives the path and the query as received.
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw
            : context.Request.PathBase.Value + context.Request.Path.Value + context.Request.QueryString.Value;
        if (target.Length > MaxTarget)
            return PageResults.BadRequest($"地址太长（{target.Length / 1024} KB）", "请缩短检索的内容后再试。").ExecuteAsync(context);
        if (!WellEncoded(target))
            return PageResults.BadRequest("地址中的百分号编码有误", "请从页面上的链接或检索框重新进入，不要手工修改地址中的 % 编码。")
                .ExecuteAsync(context);
        return next(context);
    }

    /// <summary>Every "%" starts two hex digits, and the bytes they make are UTF-8. Asked of every request: the
    /// bytes are decoded into a buffer on the stack (or rented, for a long address), not into strings.</summary>
    private static bool WellEncoded(string target)
    {
        const int OnStack = 1024;
        var rented = target.Length > OnStack ? ArrayPool<byte>.Shared.Rent(target.Length) : null;
        var bytes = rented is null ? stackalloc byte[OnStack] : rented;
        try
        {
            var count = 0;
            for (var i = 0; i < target.Length; i++)
            {
                var c = target[i];
                if (c != '%')
                {
                    // Characters sent unescaped are already text; only escaped bytes can be malformed.
                    if (c <= 0x7F) bytes[count++] = (byte)c;
                    continue;
                }
                if (i + 2 >= target.Length || !byte.TryParse(target.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier,
                        CultureInfo.InvariantCulture, out var escaped)) return false;
                bytes[count++] = escaped;
                i += 2;
            }
            return Utf8.IsValid(bytes[..count]);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }
}

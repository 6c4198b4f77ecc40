using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace StdKit.Web.Routes;

/// <summary>The style sheet and the search script, served from the assembly: a fixed list, nothing looked up by
/// name.</summary>
public static class AssetRoutes
{
    private static readonly Dictionary<string, (string Type, byte[] Bytes)> Assets = new()
    {
        ["site.css"] = ("text/css; charset=utf-8", Read("site.css")),
        ["search.js"] = ("text/javascript; charset=utf-8", Read("search.js")),
    };

    public static void Map(WebApplication app) =>
        app.MapGet("/assets/{name}", (string name, HttpContext http) =>
        {
            if (!Assets.TryGetValue(name, out var asset)) return PageResults.NotFound($"没有文件“{name}”", "请从首页进入。");
            http.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Bytes(asset.Bytes, asset.Type);
        }).Allow();

    private static byte[] Read(string name)
    {
        using var stream = typeof(AssetRoutes).Assembly.GetManifestResourceStream(name)!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StdKit.Search.Knowledge;
using StdKit.Search.References;
using StdKit.Web.Library;
using StdKit.Web.Pages;
using StdKit.Web.Rendering;

namespace StdKit.Web.Routes;

/// <summary>引用: where a document or a clause of it is cited, and what it cites.</summary>
public static class ReferenceRoutes
{
    public static void Map(WebApplication app) =>
        app.MapGet(Links.References, (HttpRequest http, KnowledgeBaseAccess kb) =>
        {
            var typed = http.Query["doc"].ToString().Trim();
            if (typed.Length > SearchRoutes.MaxQuery)
                return PageResults.BadRequest($"文件编号太长（{typed.Length}个字）", "请输入一个文件编号，如 GB/T 19001—2016:7.5。");
            var report = typed.Length == 0 ? null : kb.Read(k => ReferenceLookup.Find(k, typed));
            var indexed = kb.Read(k => k.Standards());
            return PageResults.Page<ReferencesPage>(new { Typed = typed, Report = report, Standards = indexed });
        }).Allow("doc");
}

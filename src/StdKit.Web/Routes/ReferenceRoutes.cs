using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StdKit.Search.References;
using StdKit.Web.Access;
using StdKit.Web.Library;
using StdKit.Web.Pages;
using StdKit.Web.Rendering;

namespace StdKit.Web.Routes;

/// <summary>引用: where a document or a clause of it is cited, and what it cites.</summary>
public static class ReferenceRoutes
{
    public static void Map(WebApplication app) =>
        app.MapGet(Links.References, (HttpRequest http, KnowledgeBaseAccess kb, AccessPolicy access) =>
        {
            var typed = http.Query["doc"].ToString().Trim();
            if (typed.Length > SearchRoutes.MaxQuery)
                return PageResults.BadRequest($"文件编号太长（{typed.Length}个字）", "请输入一个文件编号，如 GB/T 19001—2016:7.5。");
            var report = typed.Length == 0 ? null : Visible(kb.Read(k => ReferenceLookup.Find(k, typed)), kb, access);
            var indexed = kb.Standards.Where(access.MayRead).ToList();
            return PageResults.Page<ReferencesPage>(new { Typed = typed, Report = report, Standards = indexed });
        }).Allow("doc");

    /// <summary>The citations from standards the reader may open; a hidden standard asked about is one the
    /// knowledge base does not hold, whose own references are not shown.</summary>
    private static ReferenceReport Visible(ReferenceReport report, KnowledgeBaseAccess kb, AccessPolicy access)
    {
        if (access.Scope is null) return report;
        var visible = kb.Standards.Where(access.MayRead).Select(s => (s.Number, s.Agency)).ToHashSet();
        var incoming = report.Incoming.Where(r => visible.Contains((r.Standard, r.Agency))).ToList();
        var outgoing = report.Outgoing.Where(r => visible.Any(v => v.Number == r.Standard)).ToList();
        var asked = kb.Standards.Where(s => s.Number == report.Document).ToList();
        return report.InKnowledgeBase && asked.Count > 0 && !asked.Any(access.MayRead)
            ? report with { Title = null, InKnowledgeBase = false, Incoming = incoming, Outgoing = [] }
            : report with { Incoming = incoming, Outgoing = outgoing };
    }
}

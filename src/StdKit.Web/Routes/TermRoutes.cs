using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StdKit.Search.Terms;
using StdKit.Web.Access;
using StdKit.Web.Library;
using StdKit.Web.Pages;
using StdKit.Web.Rendering;

namespace StdKit.Web.Routes;

/// <summary>术语: the term base across every standard, definitions side by side, different ones marked.</summary>
public static class TermRoutes
{
    public static void Map(WebApplication app) =>
        app.MapGet(Links.Terms, (HttpRequest http, KnowledgeBaseAccess kb, AccessPolicy access) =>
        {
            var word = http.Query["q"].ToString().Trim();
            if (word.Length > SearchRoutes.MaxQuery)
                return PageResults.BadRequest($"检索内容太长（{word.Length}个字）", "请输入术语中的一个词。");
            var groups = kb.Read(k => word.Length == 0 ? TermLookup.All(k) : TermLookup.Find(k, word));
            return PageResults.Page<TermsPage>(new { Word = word, Groups = Visible(groups, kb, access) });
        }).Allow("q");

    /// <summary>
    /// The definitions of standards the reader may open, numbered again: a definition in a hidden draft neither
    /// shows nor marks the others as differing.
    /// </summary>
    private static IReadOnlyList<TermGroup> Visible(IReadOnlyList<TermGroup> groups, KnowledgeBaseAccess kb,
        AccessPolicy access)
    {
        if (access.Scope is null) return groups;
        var visible = kb.Standards.Where(access.MayRead).Select(s => (s.Number, s.Agency)).ToHashSet();
        return groups.Select(group =>
            {
                var shown = group.Definitions.Where(d => visible.Contains((d.Standard, d.Agency))).ToList();
                var variants = shown.Select(d => d.Variant).Distinct().ToList();
                return group with
                {
                    Definitions = shown.Select(d => d with { Variant = variants.IndexOf(d.Variant) + 1 }).ToList(),
                };
            })
            .Where(group => group.Definitions.Count > 0).ToList();
    }
}

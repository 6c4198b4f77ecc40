using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StdKit.Search.Terms;
using StdKit.Web.Library;
using StdKit.Web.Pages;
using StdKit.Web.Rendering;

namespace StdKit.Web.Routes;

/// <summary>术语: the term base across every standard, definitions side by side, different ones marked.</summary>
public static class TermRoutes
{
    public static void Map(WebApplication app) =>
        app.MapGet(Links.Terms, (HttpRequest http, KnowledgeBaseAccess kb) =>
        {
            var word = http.Query["q"].ToString().Trim();
            if (word.Length > SearchRoutes.MaxQuery)
                return PageResults.BadRequest($"检索内容太长（{word.Length}个字）", "请输入术语中的一个词。");
            var groups = kb.Read(k => word.Length == 0 ? TermLookup.All(k) : TermLookup.Find(k, word));
            return PageResults.Page<TermsPage>(new { Word = word, Groups = groups });
        }).Allow("q");
}

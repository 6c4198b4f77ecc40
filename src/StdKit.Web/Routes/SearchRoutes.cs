using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StdKit.Search;
using StdKit.Search.Records;
using StdKit.Web.Library;
using StdKit.Web.Pages;

namespace StdKit.Web.Routes;

/// <summary>检索: the home page — the search box, and the hits of the query in its address.</summary>
public static class SearchRoutes
{
    /// <summary>Longer than any question; a longer text is a pasted document, not a query.</summary>
    public const int MaxQuery = 500;

    public static void Map(WebApplication app) =>
        app.MapGet("/", async (HttpRequest http, KnowledgeBaseAccess kb) =>
        {
            var query = http.Query;
            string? Value(string name) => query[name].ToString() is { Length: > 0 } v ? v.Trim() : null;
            var text = Value("q");
            if (text is { Length: > MaxQuery })
                return PageResults.BadRequest($"检索内容太长（{text.Length}个字）", $"请用不超过{MaxQuery}个字的词语或句子检索。");
            var page = 1;
            if (Value("page") is { } typedPage
                && (!int.TryParse(typedPage, out page) || page is < 1 or > SearchView.MaxPage))
                return PageResults.BadRequest($"“{typedPage}”不是有效的页码", $"page 应为 1 到 {SearchView.MaxPage} 之间的整数。");
            var provision = Value("provision");
            if (provision is not null && !Vocabulary.ProvisionIds.Contains(provision))
                return PageResults.BadRequest($"没有“{provision}”这种条款类型",
                    $"可用的类型：{string.Join("、", Vocabulary.ProvisionIds)}。");
            var request = new SearchRequest(text, Value("layer"), Value("standard"), Value("agency"),
                provision is null ? null : Vocabulary.ParseProvision(provision), SearchView.PageSize,
                (page - 1) * SearchView.PageSize);
            var result = text is null ? null : await kb.SearchAsync(request);
            return PageResults.Page<SearchPage>(new { View = new SearchView(request, result, kb.Layers, kb.Agencies) });
        }).Allow("q", "layer", "agency", "standard", "provision", "page").Cached();
}

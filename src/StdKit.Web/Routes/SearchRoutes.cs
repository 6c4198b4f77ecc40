using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StdKit.Model.Provisions;
using StdKit.Search;
using StdKit.Search.Records;
using StdKit.Web.Access;
using StdKit.Web.Library;
using StdKit.Web.Pages;

namespace StdKit.Web.Routes;

/// <summary>检索: the home page — the search box, and the hits of the query in its address — and the same search as
/// JSON, both for what the asking user may see.</summary>
public static class SearchRoutes
{
    /// <summary>Longer than any question; a longer text is a pasted document, not a query.</summary>
    public const int MaxQuery = 500;

    public const string Api = "/api/search";

    private static readonly string[] Parameters = ["q", "layer", "agency", "standard", "provision", "page"];

    public static void Map(WebApplication app)
    {
        app.MapGet("/", async (HttpRequest http, KnowledgeBaseAccess kb, AccessPolicy access) =>
        {
            if (Problem(http.Query) is { } problem) return PageResults.BadRequest(problem.Message, problem.Hint);
            var request = Read(http.Query, access);
            var result = request.Text is null ? null : await kb.SearchAsync(request);
            var view = new SearchView(request, result, kb.Layers, kb.Agencies);
            return new HtmlPageResult(html => SearchPage.Write(html, view, access));
        }).Allow(Parameters).CachedWhenAskedAgain();

        app.MapGet(Api, async (HttpRequest http, KnowledgeBaseAccess kb, AccessPolicy access) =>
        {
            var problem = Problem(http.Query) ?? (http.Query["q"].ToString().Trim().Length == 0
                ? ("没有检索内容", "请用参数 q 给出要检索的词语或句子。") : null);
            if (problem is { } p)
                return Results.Json(new { error = p.Message, hint = p.Hint },
                    statusCode: StatusCodes.Status400BadRequest);
            var result = await kb.SearchAsync(Read(http.Query, access));
            return Results.Json(new
            {
                total = result.TotalHits,
                hits = result.Hits.Select(h => new
                {
                    standard = h.Standard, standardTitle = h.StandardTitle, clause = h.Clause, title = h.Title,
                    text = h.Text, provision = h.Provision.Id(), agency = h.Agency, layer = h.Layer,
                }),
                facets = new
                {
                    layers = result.Facets.Layers, agencies = result.Facets.Agencies,
                    standards = result.Facets.Standards, provisions = result.Facets.Provisions,
                },
            });
        }).Allow(Parameters);
    }

    /// <summary>What is wrong with the search an address asks for, as the reader is told; null if nothing.</summary>
    private static (string Message, string Hint)? Problem(IQueryCollection query)
    {
        var text = Value(query, "q");
        if (text is { Length: > MaxQuery })
            return ($"检索内容太长（{text.Length}个字）", $"请用不超过{MaxQuery}个字的词语或句子检索。");
        if (Value(query, "page") is { } page
            && (!int.TryParse(page, out var number) || number is < 1 or > SearchView.MaxPage))
            return ($"“{page}”不是有效的页码", $"page 应为 1 到 {SearchView.MaxPage} 之间的整数。");
        if (Value(query, "provision") is { } provision && !Vocabulary.ProvisionIds.Contains(provision))
            return ($"没有“{provision}”这种条款类型", $"可用的类型：{string.Join("、", Vocabulary.ProvisionIds)}。");
        return null;
    }

    /// <summary>The search an address asks for, once <see cref="Problem"/> finds nothing wrong, for the user
    /// asking.</summary>
    private static SearchRequest Read(IQueryCollection query, AccessPolicy access)
    {
        var page = Value(query, "page") is { } typed ? int.Parse(typed) : 1;
        var provision = Value(query, "provision") is { } id ? Vocabulary.ParseProvision(id) : (ProvisionType?)null;
        return new SearchRequest(Value(query, "q"), Value(query, "layer"), Value(query, "standard"),
            Value(query, "agency"), provision, SearchView.PageSize, (page - 1) * SearchView.PageSize, access.Scope);
    }

    private static string? Value(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 } v ? v.Trim() : null;
}

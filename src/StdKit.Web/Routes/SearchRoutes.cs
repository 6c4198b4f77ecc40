using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        app.MapGet("/", (HttpRequest http, KnowledgeBaseAccess kb, AccessPolicy access) =>
        {
            if (Read(http.Query, access) is not { } request) return Refusal(http.Query);
            var result = request.Text is null ? null : kb.Search(request);
            return PageResults.Page<SearchPage>(new { View = new SearchView(request, result, kb.Layers, kb.Agencies) });
        }).Allow(Parameters).Cached();

        app.MapGet(Api, (HttpRequest http, KnowledgeBaseAccess kb, AccessPolicy access) =>
        {
            if (Read(http.Query, access) is not { Text: not null } request)
                return Results.Json(new { error = Read(http.Query, access) is null ? "bad query" : "no query (q)" },
                    statusCode: StatusCodes.Status400BadRequest);
            var result = kb.Search(request);
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

    /// <summary>The search the address asks for, for the user asking; null where a value is not one.</summary>
    private static SearchRequest? Read(IQueryCollection query, AccessPolicy access)
    {
        string? Value(string name) => query[name].ToString() is { Length: > 0 } v ? v.Trim() : null;
        var text = Value("q");
        var page = 1;
        if (text is { Length: > MaxQuery }
            || (Value("page") is { } typed && (!int.TryParse(typed, out page) || page is < 1 or > SearchView.MaxPage))
            || (Value("provision") is { } p && !Vocabulary.ProvisionIds.Contains(p)))
            return null;
        return new SearchRequest(text, Value("layer"), Value("standard"), Value("agency"),
            Value("provision") is { } provision ? Vocabulary.ParseProvision(provision) : null, SearchView.PageSize,
            (page - 1) * SearchView.PageSize, access.Scope);
    }

    /// <summary>What is wrong with the address <see cref="Read"/> refused.</summary>
    private static IResult Refusal(IQueryCollection query)
    {
        var text = query["q"].ToString().Trim();
        if (text.Length > MaxQuery)
            return PageResults.BadRequest($"检索内容太长（{text.Length}个字）", $"请用不超过{MaxQuery}个字的词语或句子检索。");
        var provision = query["provision"].ToString().Trim();
        if (provision.Length > 0 && !Vocabulary.ProvisionIds.Contains(provision))
            return PageResults.BadRequest($"没有“{provision}”这种条款类型",
                $"可用的类型：{string.Join("、", Vocabulary.ProvisionIds)}。");
        return PageResults.BadRequest($"“{query["page"].ToString().Trim()}”不是有效的页码",
            $"page 应为 1 到 {SearchView.MaxPage} 之间的整数。");
    }
}

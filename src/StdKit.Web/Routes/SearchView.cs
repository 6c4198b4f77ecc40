using StdKit.Model.Provisions;
using StdKit.Search;
using StdKit.Search.Records;
using StdKit.Web.Rendering;

namespace StdKit.Web.Routes;

/// <summary>
/// A search as the page shows it: what was asked, what came back, and the addresses of the same search with one
/// filter changed or more hits. The filters are the knowledge base's layers, agencies and provision types.
/// </summary>
public sealed record SearchView(SearchRequest Request, SearchResult? Result, IReadOnlyList<string> Layers,
    IReadOnlyList<(string Id, string Name)> Agencies)
{
    /// <summary>How many more hits "显示更多" asks for.</summary>
    public const int Page = 20;

    public const int DefaultTop = 20;

    public static IReadOnlyList<ProvisionType> Provisions { get; } =
        [ProvisionType.Requirement, ProvisionType.Recommendation, ProvisionType.Permission, ProvisionType.Possibility, ProvisionType.Statement];

    public string Url(string? layer, string? agency, string? standard, ProvisionType? provision, int top = DefaultTop) =>
        Links.With(Links.Search, ("q", Request.Text), ("layer", layer), ("agency", agency), ("standard", standard),
            ("provision", provision?.Id()), ("top", top == DefaultTop ? null : top.ToString()));

    public string WithLayer(string? layer) => Url(layer, Request.Agency, Request.Standard, Request.Provision);
    public string WithAgency(string? agency) => Url(Request.Layer, agency, Request.Standard, Request.Provision);
    public string WithStandard(string? standard) => Url(Request.Layer, Request.Agency, standard, Request.Provision);
    public string WithProvision(ProvisionType? provision) => Url(Request.Layer, Request.Agency, Request.Standard, provision);

    /// <summary>The same search with a page more of hits, while there are more and the search allows it.</summary>
    public string? More => Result is { } result && result.TotalHits > result.Hits.Count && Request.Top < ClauseSearch.MaxTop
        ? Url(Request.Layer, Request.Agency, Request.Standard, Request.Provision, Math.Min(ClauseSearch.MaxTop, Request.Top + Page))
        : null;

    /// <summary>The snippet of a hit in runs, each marked where the query matched.</summary>
    public static IEnumerable<(string Text, bool Marked)> Snippet(SearchHit hit)
    {
        const char Open = '\uE000', Close = '\uE001';
        var marked = Search.Highlighting.Snippet.Mark(hit.Text, hit.Highlights, open: Open.ToString(), close: Close.ToString());
        var inside = false;
        foreach (var part in marked.Split(Open, Close))
        {
            if (part.Length > 0) yield return (part, inside);
            inside = !inside;
        }
    }
}

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
    /// <summary>Hits on one page.</summary>
    public const int PageSize = 20;

    /// <summary>The last page there can be: the search goes no deeper than its largest offset.</summary>
    public const int MaxPage = ClauseSearch.MaxOffset / PageSize + 1;

    /// <summary>The 1-based page shown.</summary>
    public int PageNumber => Request.Offset / PageSize + 1;

    /// <summary>How many pages the hits fill, as far as the search goes.</summary>
    public int Pages => Result is { } result
        ? Math.Min(MaxPage, Math.Max(1, (result.TotalHits + PageSize - 1) / PageSize))
        : 1;

    /// <summary>How many standards the standards filter offers: those with the most hits.</summary>
    public const int StandardFacetCount = 8;

    /// <summary>
    /// The standards filter with its labels: the title, and where several standards shown share it (the same
    /// standard in several agencies' systems, each numbered by its system) the number before it, as a citation has it.
    /// </summary>
    public static IReadOnlyList<(FacetCount Facet, string Label)> StandardFacets(IReadOnlyList<FacetCount> standards)
    {
        var shown = standards.Take(StandardFacetCount).ToList();
        var shared = shown.GroupBy(f => f.Label).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return shown.Select(f => (f, shared.Contains(f.Label) ? $"{f.Value}　{f.Label}" : f.Label)).ToList();
    }

    public static IReadOnlyList<ProvisionType> Provisions { get; } =
        [ProvisionType.Requirement, ProvisionType.Recommendation, ProvisionType.Permission, ProvisionType.Possibility,
            ProvisionType.Statement];

    /// <summary>The query in its address, escaped once: a page links the same search with other filters a hundred
    /// times.</summary>
    private readonly string _asked = Links.With(Links.Search, ("q", Request.Text));

    public string Url(string? layer, string? agency, string? standard, ProvisionType? provision, int page = 1) =>
        Links.With(_asked, ("layer", layer), ("agency", agency), ("standard", standard),
            ("provision", provision?.Id()), ("page", page == 1 ? null : page.ToString()));

    public string WithLayer(string? layer) => Url(layer, Request.Agency, Request.Standard, Request.Provision);
    public string WithAgency(string? agency) => Url(Request.Layer, agency, Request.Standard, Request.Provision);
    public string WithStandard(string? standard) => Url(Request.Layer, Request.Agency, standard, Request.Provision);
    public string WithProvision(ProvisionType? provision) =>
        Url(Request.Layer, Request.Agency, Request.Standard, provision);

    /// <summary>The same search on another page; a filter link starts again at page 1.</summary>
    public string OnPage(int page) => Url(Request.Layer, Request.Agency, Request.Standard, Request.Provision, page);

    /// <summary>The pages to link around the current one: the first, the last and two on either side.</summary>
    public IReadOnlyList<int> PageLinks => Enumerable.Range(1, Pages)
        .Where(p => p == 1 || p == Pages || Math.Abs(p - PageNumber) <= 2).ToList();
}

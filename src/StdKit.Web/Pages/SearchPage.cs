using System.Globalization;
using StdKit.Search;
using StdKit.Search.Highlighting;
using StdKit.Search.Records;
using StdKit.Web.Access;
using StdKit.Web.Rendering;
using StdKit.Web.Routes;

namespace StdKit.Web.Pages;

/// <summary>
/// 检索: the search box and the one drawing of a result — notices, filters, hits and paging; search as you type
/// takes its results from the same page. Written directly rather than as a component: a search nobody asked before
/// is the page asked most, and a component tree cost more than the search itself. Every text goes through
/// <see cref="HtmlText"/>.
/// </summary>
internal static class SearchPage
{
    public static void Write(HtmlText html, SearchView view, AccessPolicy access)
    {
        var request = view.Request;
        PageShell.Top(html, request.Text is { } q ? $"检索：{q}" : "检索", "检索", script: true, bodyClass: null,
            access);
        html.Raw("<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">")
            .Open("input", ("type", "search"), ("name", "q"), ("value", request.Text),
                ("placeholder", "输入要找的要求、词语、条号或文件编号，如：服务时限 应"),
                ("maxlength", Number(SearchRoutes.MaxQuery)), ("autofocus", ""), ("aria-label", "检索内容"));
        Hidden(html, "layer", request.Layer);
        Hidden(html, "agency", request.Agency);
        Hidden(html, "standard", request.Standard);
        Hidden(html, "provision", request.Provision?.Id());
        html.Raw("<button type=\"submit\">检索</button></form>\n<div id=\"results\">");
        Filters(html, view);
        if (view.Result is { } result) Result(html, view, result);
        else
            html.Raw("<p class=\"notice\">输入要找的内容后按回车：可以是词语（服务时限）、“带引号的短语”、条号（4.3）或文件编号" +
                "（GB/T 19001—2016）。</p>");
        html.Raw("</div>").Raw(PageShell.Bottom);
    }

    private static void Hidden(HtmlText html, string name, string? value)
    {
        if (value is not null) html.Open("input", ("type", "hidden"), ("name", name), ("value", value));
    }

    private static void Filters(HtmlText html, SearchView view)
    {
        var (request, facets) = (view.Request, view.Result?.Facets);
        html.Raw("<nav class=\"filters\" aria-label=\"筛选\">\n<div><span class=\"filter-name\">层次</span>");
        Filter(html, view.WithLayer(null), request.Layer is null, "全部");
        foreach (var layer in view.Layers)
            Filter(html, view.WithLayer(layer), request.Layer == layer, layer, facets?.Layers, layer);
        html.Raw("</div>\n");
        if (view.Agencies.Count > 0)
        {
            html.Raw("<div><span class=\"filter-name\">机构</span>");
            Filter(html, view.WithAgency(null), request.Agency is null, "全部");
            foreach (var (id, name) in view.Agencies)
                Filter(html, view.WithAgency(id), request.Agency == id, name, facets?.Agencies, id);
            html.Raw("</div>\n");
        }
        html.Raw("<div><span class=\"filter-name\">条款类型</span>");
        Filter(html, view.WithProvision(null), request.Provision is null, "全部");
        foreach (var provision in SearchView.Provisions)
            Filter(html, view.WithProvision(provision), request.Provision == provision, provision.ChineseName(),
                facets?.Provisions, provision.Id());
        html.Raw("</div>\n");
        if (request.Standard is { } standard)
        {
            html.Raw("<div><span class=\"filter-name\">标准</span>").Element("span", standard, ("class", "active"))
                .Raw(" ").Element("a", "不限标准", ("href", view.WithStandard(null))).Raw("</div>\n");
        }
        else if (facets is { Standards.Count: > 0 })
        {
            html.Raw("<div><span class=\"filter-name\">标准</span>");
            foreach (var (facet, label) in SearchView.StandardFacets(facets.Standards))
                html.Element("a", $"{label}（{facet.Count}）", ("href", view.WithStandard(facet.Value)),
                    ("title", facet.Value));
            html.Raw("</div>\n");
        }
        html.Raw("</nav>\n");
    }

    /// <summary>A filter's link, with "（12）" after it: how many hits it keeps; nothing where none.</summary>
    private static void Filter(HtmlText html, string href, bool active, string label,
        IReadOnlyList<FacetCount>? counts = null, string? value = null)
    {
        html.Open("a", ("href", href), ("class", active ? "active" : null)).Text(label);
        if (counts is not null)
            foreach (var count in counts)
                if (count.Value == value)
                {
                    html.Text($"（{count.Count}）");
                    break;
                }
        html.Close("a");
    }

    private static void Result(HtmlText html, SearchView view, SearchResult result)
    {
        var notice = result.Notice;
        if (notice.Ignored.Count > 0)
            html.Element("p", $"不必出现在条文中的问句用词：{string.Join("、", notice.Ignored)}" +
                (notice.Requirements ? "；要求类条款排在前面" : ""), ("class", "notice"));
        if (result.Hits.Count == 0 && result.TotalHits > 0)
        {
            html.Open("p", ("class", "notice")).Text($"共 {result.TotalHits} 条匹配，这一页已在最后一页之后。")
                .Element("a", "回到第 1 页", ("href", view.OnPage(1))).Raw("</p>\n");
            return;
        }
        if (result.Hits.Count == 0)
        {
            html.Element("p", "没有找到匹配的条款" + (notice.Missing.Count > 0
                ? $"：知识库中没有“{string.Join("”“", notice.Missing)}”" : "") + "。可以换个说法，少用几个词，或去掉筛选条件。",
                ("class", "notice"));
            if (notice.Suggestions.Count > 0)
            {
                html.Raw("<p class=\"notice\">知识库中相近的词： ");
                foreach (var word in notice.Suggestions)
                    html.Element("a", word, ("href", Links.With(Links.Search, ("q", word)))).Raw(" ");
                html.Raw("</p>\n");
            }
            return;
        }
        if (notice.Partial)
            html.Element("p", $"含全部查询词的条款只有 {notice.FullMatches} 条，其后是只含部分查询词的条款" + (notice.Missing.Count > 0
                ? $"；知识库中没有：{string.Join("、", notice.Missing)}" : ""), ("class", "notice"));
        html.Element("p", $"共 {result.TotalHits} 条匹配" +
            (view.Pages > 1 ? $"，第 {view.PageNumber} 页，共 {view.Pages} 页" : ""), ("class", "count"));
        html.Open("ol", ("class", "hits"), ("start", Number(view.Request.Offset + 1))).Raw("\n");
        foreach (var hit in result.Hits) Hit(html, view, hit);
        html.Raw("</ol>\n");
        if (view.Pages > 1) Paging(html, view);
    }

    private static void Hit(HtmlText html, SearchView view, SearchHit hit)
    {
        html.Raw("<li class=\"hit\"><div class=\"hit-head\">")
            .Element("a", hit.Title is { } title && title != hit.Text ? hit.Clause + "　" + title : hit.Clause,
                ("class", "hit-clause"), ("href", Links.Clause(hit.Standard, hit.Clause))).Raw("\n")
            .Element("span", hit.Provision.ChineseName(), ("class", "badge prov-badge-" + hit.Provision.Id()))
            .Raw("\n").Element("span", hit.Kind.ChineseName(), ("class", "kind")).Raw("</div>");
        if (hit.Kind != ClauseKind.Paragraph && hit.Context is { } above)
            html.Element("p", above, ("class", "context"));
        html.Raw("<p class=\"snippet\">");
        foreach (var run in Snippet.Runs(hit.Text, hit.Highlights))
            if (run.Marked) html.Raw("<mark>").Text(run.Source, run.Start, run.Length).Raw("</mark>");
            else html.Text(run.Source, run.Start, run.Length);
        html.Raw("</p>");
        if (hit.Kind == ClauseKind.Paragraph && hit.Context is { } items)
        {
            html.Raw("<ul class=\"items\">");
            foreach (var item in items.Split('\n')) html.Element("li", item);
            html.Raw("</ul>");
        }
        html.Raw("<div class=\"hit-source\">")
            .Element("a", hit.Standard + "　" + hit.StandardTitle, ("href", Links.Standard(hit.Standard)));
        if (hit.Layer is { } layer) html.Element("span", layer, ("class", "meta"));
        if (hit.Agency is { } agency) html.Element("span", AgencyName(view, agency), ("class", "meta"));
        if (view.Request.Standard is null)
            html.Element("a", "只看此标准", ("class", "meta"), ("href", view.WithStandard(hit.Standard)));
        html.Raw("</div>");
        if (hit.AlsoIn is { Count: > 0 } also)
        {
            html.Raw("<div class=\"hit-source\">另见 ");
            foreach (var other in also) html.Element("a", other, ("href", Links.Clause(other, hit.Clause))).Raw(" ");
            html.Raw("</div>");
        }
        html.Raw("</li>\n");
    }

    private static void Paging(HtmlText html, SearchView view)
    {
        html.Raw("<nav class=\"pages\" aria-label=\"分页\">");
        if (view.PageNumber > 1) html.Element("a", "上一页", ("href", view.OnPage(view.PageNumber - 1)), ("rel", "prev"));
        var links = view.PageLinks;
        for (var i = 0; i < links.Count; i++)
        {
            var number = links[i];
            if (i > 0 && number - links[i - 1] > 1) html.Raw("<span class=\"gap\">…</span>");
            if (number == view.PageNumber)
                html.Element("span", Number(number), ("class", "active"), ("aria-current", "page"));
            else html.Element("a", Number(number), ("href", view.OnPage(number)));
        }
        if (view.PageNumber < view.Pages)
            html.Element("a", "下一页", ("href", view.OnPage(view.PageNumber + 1)), ("rel", "next"));
        html.Raw("</nav>\n");
    }

    private static string AgencyName(SearchView view, string id)
    {
        foreach (var (agency, name) in view.Agencies)
            if (agency == id) return name;
        return id;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

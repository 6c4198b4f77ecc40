using Lucene.Net.Index;
using Lucene.Net.Search;
using StdKit.Model.Diagnostics;
using StdKit.Search.Highlighting;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;
using StdKit.Search.Query;
using StdKit.Search.Records;

namespace StdKit.Search;

/// <summary>
/// Searches the clauses of the knowledge base: checks the filters against what it holds, builds the query, and
/// returns the best hits with their matches marked.
/// </summary>
public sealed class ClauseSearch
{
    public const int MaxTop = 1000;

    private readonly SearchIndex _index;
    private readonly IReadOnlyList<string> _layers;
    private readonly IReadOnlyList<string> _agencies;
    private readonly KnowledgeBase _kb;

    public ClauseSearch(KnowledgeBase kb, SearchIndex index)
    {
        _kb = kb;
        _index = index;
        _layers = kb.Layers();
        _agencies = kb.Agencies().Select(a => a.Id).ToList();
    }

    public SearchResult Run(SearchRequest request)
    {
        if (request.Top is < 1 or > MaxTop)
            throw new SearchException($"--top {request.Top} is out of range", $"give a number of hits from 1 to {MaxTop}");
        var filter = Filter(request);
        var query = ClauseQueryBuilder.Build(QueryText.Parse(request.Text));
        return _index.Search(searcher =>
        {
            var strict = _index.Top(searcher, query.Strict, filter, request.Top);
            var (found, total) = (strict.ScoreDocs.AsEnumerable(), strict.TotalHits);
            if (strict.ScoreDocs.Length < request.Top && query.Lenient is { } lenient)
            {
                // What matches all the words first, then what matches most of them.
                var more = _index.Top(searcher, lenient, filter, request.Top);
                var seen = strict.ScoreDocs.Select(d => d.Doc).ToHashSet();
                (found, total) = (found.Concat(more.ScoreDocs.Where(d => !seen.Contains(d.Doc))).Take(request.Top), more.TotalHits);
            }
            return new SearchResult(Hits(searcher.IndexReader, found.ToList(), query.Marked), total);
        });
    }

    /// <summary>The hits as the knowledge base records them, in rank order, with what matched marked.</summary>
    private List<SearchHit> Hits(IndexReader reader, List<ScoreDoc> found, Marking marked)
    {
        var ids = found.Select(d => ClauseDocuments.IdOf(reader, d.Doc)).ToList();
        var hits = ClauseHits.Read(_kb, ids);
        var ranges = MatchHighlighter.Ranges(reader, marked, found.Select((d, i) => (d.Doc, hits[ids[i]].Text)).ToList());
        return found.Select((d, i) => hits[ids[i]] with { Score = d.Score, Highlights = ranges[i] }).ToList();
    }

    private Filter? Filter(SearchRequest request)
    {
        var must = new BooleanQuery();
        if (request.Layer is { } layer)
        {
            if (!_layers.Contains(layer))
                throw new SearchException($"unknown layer '{layer}'", _layers.Count == 0
                    ? "the knowledge base has no layers: its content has no framework; leave out --layer"
                    : $"use one of: {string.Join("、", _layers)}");
            must.Add(new TermQuery(new Term(ClauseFields.Layer, layer)), Occur.MUST);
        }
        if (request.Agency is { } agency)
        {
            if (!_agencies.Contains(agency))
                throw new SearchException($"no system of agency '{agency}' in the knowledge base", _agencies.Count == 0
                    ? "index one with stdkit index --agency <id>"
                    : $"use one of: {string.Join(", ", _agencies)}, or index it with stdkit index --agency {agency}");
            must.Add(new TermQuery(new Term(ClauseFields.Agency, agency)), Occur.MUST);
        }
        if (request.Standard is { } standard)
        {
            var key = DocumentKey.Of(standard);
            if (!_kb.HasStandard(key))
            {
                var numbers = _kb.StandardNumbers();
                var nearest = NearestName.Find(standard, numbers);
                throw new SearchException($"no standard '{standard}' in the knowledge base",
                    nearest is null ? $"use the number of an indexed standard: {string.Join(", ", numbers.Take(5))}{(numbers.Count > 5 ? " …" : "")}" : $"did you mean {nearest}?");
            }
            must.Add(new TermQuery(new Term(ClauseFields.DocumentNumber, key)), Occur.MUST);
        }
        if (request.Provision is { } provision)
            must.Add(new TermQuery(new Term(ClauseFields.Provision, provision.Id())), Occur.MUST);
        return must.Clauses.Count == 0 ? null : new QueryWrapperFilter(must);
    }
}

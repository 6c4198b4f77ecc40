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
/// Searches the clauses of the knowledge base: checks the filters against what it holds, understands the query,
/// runs its levels until a page is full, shows a clause held by several agencies' systems once, counts the facets,
/// and returns the page of hits with their matches marked and what was done to the query.
/// </summary>
public sealed class ClauseSearch
{
    public const int MaxTop = 1000;
    public const int MaxOffset = 10_000;

    /// <summary>How many suggestions a query that matched nothing gets.</summary>
    private const int SuggestionCount = 5;

    private readonly SearchIndex _index;
    private readonly IReadOnlyList<string> _layers;
    private readonly IReadOnlyList<string> _agencies;
    private readonly IReadOnlyDictionary<string, string> _titles;
    private readonly IReadOnlyList<ListedStandard> _standards;
    private readonly IReadOnlyList<string> _numbers;
    private readonly HashSet<string> _standardKeys;
    private readonly SearchVocabulary _vocabulary;

    /// <summary>
    /// Reads what the filters, facets and suggestions need from the record once: a search itself reads only the index,
    /// so that a node serves searches while the record cannot be reached.
    /// </summary>
    public ClauseSearch(IKnowledgeBase kb, SearchIndex index)
    {
        _index = index;
        _layers = kb.Layers();
        _agencies = kb.Agencies().Select(a => a.Id).ToList();
        _titles = kb.StandardTitles();
        _standards = kb.Standards();
        _numbers = kb.StandardNumbers();
        _standardKeys = _numbers.SelectMany(StandardKeys).ToHashSet();
        _vocabulary = SearchVocabulary.Read(kb);
    }

    /// <summary>The comparison keys a standard is found by: dated and undated, as the record keeps them.</summary>
    private static IEnumerable<string> StandardKeys(string number) =>
        Model.Documents.DocumentNumber.TryParse(number, out var parsed)
            ? [parsed.Key, parsed.UndatedKey]
            : [DocumentKey.Of(number)];

    public SearchResult Run(SearchRequest request)
    {
        if (request.Top is < 1 or > MaxTop)
            throw new UserError($"--top {request.Top} is out of range", $"give a number of hits from 1 to {MaxTop}");
        if (request.Offset is < 0 or > MaxOffset)
            throw new UserError($"offset {request.Offset} is out of range", $"give an offset from 0 to {MaxOffset}");
        var filter = Filter(request);
        // One system asked for: its copies are what the reader wants; otherwise each clause once.
        var collapse = request.Agency is null && request.Standard is null;
        var text = QueryText.Parse(request.Text, _vocabulary.Documents);
        return _index.Search(searcher =>
        {
            var query = QueryBuilder(searcher.IndexReader).Build(text);
            var wanted = request.Offset + request.Top;
            var fetch = collapse ? wanted * (_agencies.Count + 1) : wanted;
            var ranked = new List<ScoreDoc>();
            var seen = new HashSet<int>();
            var (level, fullMatches, groups) = (0, 0, new List<List<ScoreDoc>>());
            FacetTally tally;
            for (; ; level++)
            {
                (var top, tally) = _index.Collect(searcher, query.Levels[level], filter, fetch);
                ranked.AddRange(top.ScoreDocs.Where(d => seen.Add(d.Doc)));
                if (level == 0) fullMatches = top.TotalHits;
                groups = Groups(searcher.IndexReader, ranked, collapse);
                if (groups.Count >= wanted || level == query.Levels.Count - 1) break;
            }
            // Twice the page: items shown under their lead-in leave room that the next hits fill.
            var page = groups.Skip(request.Offset).Take(2 * request.Top).ToList();
            var total = collapse ? tally.Distinct : tally.Total;
            var partial = level > 0 && total > fullMatches;
            var notice = new QueryNotice(partial, Math.Min(fullMatches, total),
                partial || total == 0 ? Missing(searcher, query, filter) : [], query.Ignored, query.LeansToRequirements,
                total == 0 ? Suggestions(searcher, request, filter) : []);
            return new SearchResult(Hits(searcher.IndexReader, page, query.Marked, request.Top), total, Facets(tally),
                notice);
        });
    }

    /// <summary>Query understanding with the words split by how common their pairs are in this index.</summary>
    private ClauseQueryBuilder QueryBuilder(IndexReader reader) =>
        new(_vocabulary, new WordSegmenter(_vocabulary, BodyFrequencies.Of(reader), reader.NumDocs),
            _index.Kept(reader));

    /// <summary>The words that no clause of the scope has, in any of their forms.</summary>
    private static List<string> Missing(IndexSearcher searcher, ClauseQuery query, Filter? filter) =>
        query.Words.Where((_, i) => !FirstMatch.Exists(searcher, query.WordQueries[i], filter))
            .Select(w => w.Text).ToList();

    /// <summary>Words of the knowledge base near the query; for a scoped search only those it can find, so that a
    /// suggestion does not tell of a draft the reader may not open.</summary>
    private List<string> Suggestions(IndexSearcher searcher, SearchRequest request, Filter? filter)
    {
        var nearest = _vocabulary.Nearest(request.Text ?? "",
            request.Scope is null ? SuggestionCount : 4 * SuggestionCount);
        if (request.Scope is null) return nearest.ToList();
        var builder = QueryBuilder(searcher.IndexReader);
        return nearest.Where(word =>
                builder.Build(QueryText.Parse(word, _vocabulary.Documents)) is { Levels.Count: > 0 } query
                && FirstMatch.Exists(searcher, query.Levels[^1], filter))
            .Take(SuggestionCount).ToList();
    }

    /// <summary>The ranking with each clause once: the first of its copies stands for all of them.</summary>
    private static List<List<ScoreDoc>> Groups(IndexReader reader, List<ScoreDoc> ranked, bool collapse)
    {
        if (!collapse) return ranked.Select(d => new List<ScoreDoc> { d }).ToList();
        var groups = new List<List<ScoreDoc>>();
        var byKey = new Dictionary<long, List<ScoreDoc>>();
        foreach (var doc in ranked)
        {
            var (segment, local) = SegmentFacets.At(reader, doc.Doc);
            var key = segment.Documents[local].CopyKey;
            if (byKey.TryGetValue(key, out var group)) group.Add(doc);
            else groups.Add(byKey[key] = [doc]);
        }
        return groups;
    }

    /// <summary>
    /// The first <paramref name="top"/> hits as the index stores them, in rank order, with what matched marked. Only
    /// the clause that stands for its copies is read, and the rest of the page only when a list item among the first
    /// may turn out to stand under its lead-in; the standards of the copies are in the facet values, and only the hits
    /// shown are marked.
    /// </summary>
    private static List<SearchHit> Hits(IndexReader reader, List<List<ScoreDoc>> page, Marking marked, int top)
    {
        var hits = page.Take(top).Select(g => HitFields.Read(reader, g[0].Doc)).ToList();
        if (page.Count > top && hits.Any(h => h.Kind == ClauseKind.ListItem && h.Context is not null))
            hits.AddRange(page.Skip(top).Select(g => HitFields.Read(reader, g[0].Doc)));
        var ranked = page.Take(hits.Count).Select((g, i) => (Doc: g[0].Doc, Hit: hits[i] with
        {
            Score = g[0].Score,
            AlsoIn = g.Skip(1).Select(d => StandardOf(reader, d.Doc)).Distinct().ToList(),
        })).ToList();
        // An item is shown under its lead-in where the lead-in is a hit too.
        var leadIns = ranked.Where(h => h.Hit.Kind == ClauseKind.Paragraph && h.Hit.Context is not null)
            .Select(h => (h.Hit.Standard, h.Hit.Text)).ToHashSet();
        var shown = ranked.Where(h => h.Hit.Kind != ClauseKind.ListItem || h.Hit.Context is null
            || !leadIns.Contains((h.Hit.Standard, h.Hit.Context))).Take(top).ToList();
        var ranges = MatchHighlighter.Ranges(reader, marked, shown.Select(h => (h.Doc, h.Hit.Text)).ToList());
        return shown.Select((h, i) => h.Hit with { Highlights = ranges[i] }).ToList();
    }

    /// <summary>The number of the standard that holds document <paramref name="doc"/>, as printed.</summary>
    private static string StandardOf(IndexReader reader, int doc)
    {
        var (segment, local) = SegmentFacets.At(reader, doc);
        return segment.Value(FacetCounter.StandardField, local)!;
    }

    private SearchFacets Facets(FacetTally tally)
    {
        static List<FacetCount> Ordered(IReadOnlyDictionary<string, int> counts, Func<string, string> label) =>
            counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new FacetCount(c.Key, label(c.Key), c.Value)).ToList();
        return new SearchFacets(
            Ordered(tally.Layers, l => l).OrderBy(f => IndexOf(_layers, f.Value)).ToList(),
            Ordered(tally.Standards, n => _titles.GetValueOrDefault(n, n)),
            Ordered(tally.Agencies, a => a),
            Ordered(tally.Provisions, p => Vocabulary.ParseProvision(p).ChineseName()));
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i] == value) return i;
        return list.Count;
    }

    private bool InScope(SearchScope? scope, Lucene.Net.Search.Query query) =>
        scope is null || _index.Search(searcher =>
            FirstMatch.Exists(searcher, query, new QueryWrapperFilter(Audience.Filter(scope))));

    private Filter? Filter(SearchRequest request)
    {
        var must = new BooleanQuery();
        if (request.Layer is { } layer)
        {
            if (!_layers.Contains(layer))
                throw new UserError($"unknown layer '{layer}'", _layers.Count == 0
                    ? "the knowledge base has no layers: its content has no framework; leave out --layer"
                    : $"use one of: {string.Join("、", _layers)}");
            must.Add(new RememberedTermQuery(ClauseFields.Layer, layer), Occur.MUST);
        }
        if (request.Agency is { } agency)
        {
            if (!_agencies.Contains(agency))
                throw new UserError($"no system of agency '{agency}' in the knowledge base", _agencies.Count == 0
                    ? "index one with stdkit index --agency <id>"
                    : $"use one of: {string.Join(", ", _agencies)}, or index it with stdkit index --agency {agency}");
            must.Add(new RememberedTermQuery(ClauseFields.Agency, agency), Occur.MUST);
        }
        if (request.Standard is { } standard)
        {
            var key = DocumentKey.Of(standard);
            if (!_standardKeys.Contains(key)
                || !InScope(request.Scope, new RememberedTermQuery(ClauseFields.DocumentNumber, key)))
            {
                // A standard the reader may not open is one the knowledge base does not hold, for them.
                var numbers = request.Scope is { } asking
                    ? _standards.Where(s => asking.MaySee(s.Agency, s.Stage)).Select(s => s.Number)
                        .Distinct().Order(StringComparer.Ordinal).ToList()
                    : _numbers;
                var nearest = NearestName.Find(standard, numbers);
                throw new UserError($"no standard '{standard}' in the knowledge base",
                    nearest is null
                        ? "use the number of an indexed standard: " + string.Join(", ", numbers.Take(5))
                          + (numbers.Count > 5 ? " …" : "")
                        : $"did you mean {nearest}?");
            }
            must.Add(new RememberedTermQuery(ClauseFields.DocumentNumber, key), Occur.MUST);
        }
        if (request.Provision is { } provision)
            must.Add(new RememberedTermQuery(ClauseFields.Provision, provision.Id()), Occur.MUST);
        if (request.Scope is { } scope) must.Add(Audience.Filter(scope), Occur.MUST);
        return must.Clauses.Count == 0 ? null : new QueryWrapperFilter(must);
    }
}

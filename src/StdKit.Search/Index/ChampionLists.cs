using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace StdKit.Search.Index;

/// <summary>
/// Champion lists (Manning, Raghavan and Schütze, Introduction to Information Retrieval, §7.1.3): for every term
/// found in many clauses — a common character, a common two-character word — the best clauses for that term alone,
/// worked out when the index is committed and kept in a file beside it. For one term, BM25 orders clauses by that
/// term's weight in each, so the list is exactly the top of the full evaluation, which for a single character walks
/// hundreds of thousands of postings. A list belongs to one commit: a file of another commit is not used, and
/// queries are evaluated in full; a damaged one is reported, so that the index is rebuilt. Each list carries the
/// term's facet counts (<see cref="FacetTally"/>), which would otherwise take a walk over all its clauses. Only the
/// tables of terms and facet values are read when the index opens; a list is read when it is asked for.
/// Whole queries typed alone that no one term answers — a word with its synonyms, a document number — get a list
/// too when they find as many clauses (<see cref="Query.CommonQueries"/>). A list is found by its query as Lucene
/// writes it (<see cref="Key"/>), which names every term, weight and occurrence, so that only the same query is
/// answered from it. Such a query, and a term in a tenth of the clauses, also keeps every clause it finds with its
/// score, for when it stands among other words (<see cref="Scored"/>).
/// </summary>
public sealed class ChampionLists : IDisposable
{
    /// <summary>Clauses kept per term: the hits a query may ask for and still be answered from the list.</summary>
    public const int Length = 100;

    /// <summary>Terms in fewer clauses are evaluated in full: their postings are short enough to walk.</summary>
    public const int MinDocFreq = 1024;

    /// <summary>A term of more than one character in at least this share of the clauses keeps its full evaluation
    /// too: a question walks its postings whole wherever it leads the search (服务 in 对外服务有什么要求).</summary>
    public const double KeptShare = 0.1;

    public const string FileName = "champions";

    private const string Codec = "StdKitChampionLists";
    private const int FormatVersion = 4;

    private readonly IndexInput? _input;
    private readonly Dictionary<string, long> _lists;
    private readonly Dictionary<string, (long Start, int Count)> _scored;
    private readonly string[] _values;

    private ChampionLists(IndexInput? input, Dictionary<string, long> lists,
        Dictionary<string, (long, int)> scored, string[] values) =>
        (_input, _lists, _scored, _values) = (input, lists, scored, values);

    /// <summary>No lists: every query is evaluated in full.</summary>
    public static ChampionLists None { get; } = new(null, [], [], []);

    /// <summary>Whether any query or term is kept evaluated in full (<see cref="Scored"/>).</summary>
    public bool HasScored => _scored.Count > 0;

    /// <summary>The query scored from its full evaluation kept in the file, if the file keeps one for it (an asked
    /// query, a very common term); else null.</summary>
    public Lucene.Net.Search.Query? Scored(Lucene.Net.Search.Query query) =>
        _input is not null && _scored.TryGetValue(Key(query), out var list)
            ? new ScoredListQuery(query, new ScoredList(_input, list.Start, list.Count))
            : null;

    /// <summary>How many queries have a list.</summary>
    public int Count => _lists.Count;

    /// <summary>What a list is found by.</summary>
    public static string Key(Lucene.Net.Search.Query query) =>
        query is TextTermQuery { Boost: 1 } term ? TermKeys.Get(term.Text, _ => term.ToString()) : query.ToString();

    /// <summary>More terms than queries use in a long day; beyond it the keys are forgotten and written
    /// again.</summary>
    private const int MaxTermKeys = 100_000;

    /// <summary>Each term's key, kept: every term of every query is looked up (<see cref="Scored"/>), and writing a
    /// query out builds its text anew.</summary>
    private static readonly BoundedMemo<string> TermKeys = new(MaxTermKeys);

    /// <summary>The best <paramref name="top"/> clauses for <paramref name="query"/> and the facets of all its
    /// clauses, if it has a list that long.</summary>
    public (TopDocs Top, FacetTally Facets)? Top(Lucene.Net.Search.Query query, int top)
    {
        if (_input is null || top > Length || !_lists.TryGetValue(Key(query), out var pointer)) return null;
        // A clone per read: searches may run side by side.
        using var input = (IndexInput)_input.Clone();
        input.Seek(pointer);
        var total = input.ReadVInt32();
        var distinct = input.ReadVInt32();
        var facets = FacetCounter.Fields.Select(_ =>
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var n = input.ReadVInt32(); n > 0; n--) counts[_values[input.ReadVInt32()]] = input.ReadVInt32();
            return (IReadOnlyDictionary<string, int>)counts;
        }).ToList();
        var hits = new ScoreDoc[Math.Min(top, input.ReadVInt32())];
        for (var i = 0; i < hits.Length; i++)
            hits[i] = new ScoreDoc(input.ReadVInt32(), BitConverter.Int32BitsToSingle(input.ReadInt32()));
        var ranked = new TopDocs(total, hits, hits.Length > 0 ? hits[0].Score : float.NaN);
        return (ranked, FacetTally.Of(total, distinct, facets));
    }

    /// <summary>
    /// Works out the list and the facets of every term of at least <paramref name="minDocFreq"/> clauses in the
    /// index's current commit, and of each query <paramref name="asked"/> gives that finds as many, by full
    /// evaluation, and writes them beside it: the lists — an asked query's and a very common term's
    /// (<see cref="KeptShare"/>) followed by every clause it finds with its score — then the table of facet values
    /// the lists refer to by number, then the tables of queries and where each list starts.
    /// </summary>
    public static void Write(Directory directory, Func<IndexReader, IEnumerable<Lucene.Net.Search.Query>>? asked = null,
        int minDocFreq = MinDocFreq)
    {
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = SearchIndex.Similarity };
        var table = new List<(string Key, long Pointer)>();
        var scored = new List<(string Key, long Start, int Count)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        using var output = directory.CreateOutput(FileName, IOContext.DEFAULT);
        CodecUtil.WriteHeader(output, Codec, FormatVersion);
        output.WriteInt64(reader.IndexCommit.Generation);
        var queries = Common(reader, minDocFreq)
            .Select(text => (Query: (Lucene.Net.Search.Query)new TextTermQuery(text), Asked: false))
            .Concat((asked?.Invoke(reader) ?? []).Where(q => MayFind(searcher, q, minDocFreq)).Select(q => (q, true)));
        foreach (var (query, isAsked) in queries)
        {
            var key = Key(query);
            if (!keys.Add(key)) continue;
            var ranked = TopScoreDocCollector.Create(Length, docsScoredInOrder: true);
            var counter = new FacetCounter();
            // Most terms' postings are walked fast enough: only an asked query and a very common term keep every
            // clause they find.
            var keepsAll = isAsked || query is TextTermQuery { Text.Length: > 1 } term && MayBeCommon(reader, term);
            var all = new EveryScore(keepsAll);
            searcher.Search(query, MultiCollector.Wrap(ranked, counter, all));
            var top = ranked.GetTopDocs();
            if (top.TotalHits < minDocFreq) continue;
            var facets = counter.Tally();
            table.Add((key, output.Position));
            output.WriteVInt32(top.TotalHits);
            output.WriteVInt32(facets.Distinct);
            foreach (var counts in facets.All)
            {
                output.WriteVInt32(counts.Count);
                foreach (var (value, count) in counts)
                {
                    if (!values.TryGetValue(value, out var number)) values[value] = number = values.Count;
                    output.WriteVInt32(number);
                    output.WriteVInt32(count);
                }
            }
            output.WriteVInt32(top.ScoreDocs.Length);
            foreach (var hit in top.ScoreDocs)
            {
                output.WriteVInt32(hit.Doc);
                output.WriteInt32(BitConverter.SingleToInt32Bits(hit.Score));
            }
            if (!keepsAll || !isAsked && top.TotalHits < KeptShare * reader.NumDocs) continue;
            scored.Add((key, output.Position, all.Hits.Count));
            foreach (var (doc, score) in all.Hits)
            {
                output.WriteInt32(doc);
                output.WriteInt32(BitConverter.SingleToInt32Bits(score));
            }
        }
        var tablesStart = output.Position;
        output.WriteVInt32(values.Count);
        foreach (var value in values.OrderBy(v => v.Value)) output.WriteString(value.Key);
        output.WriteVInt32(table.Count);
        foreach (var (term, pointer) in table)
        {
            output.WriteString(term);
            output.WriteVInt64(pointer);
        }
        output.WriteVInt32(scored.Count);
        foreach (var (key, start, count) in scored)
        {
            output.WriteString(key);
            output.WriteVInt64(start);
            output.WriteVInt32(count);
        }
        output.WriteInt64(tablesStart);
        CodecUtil.WriteFooter(output);
    }

    /// <summary>Whether the clauses that have any term of <paramref name="query"/> are enough for a list: most
    /// queries asked are not, and are passed over without being run.</summary>
    private static bool MayFind(IndexSearcher searcher, Lucene.Net.Search.Query query, int minDocFreq)
    {
        var terms = new HashSet<Term>();
        searcher.Rewrite(query).ExtractTerms(terms);
        return terms.Sum(t => (long)searcher.IndexReader.DocFreq(t)) >= minDocFreq;
    }

    /// <summary>Whether a term's clauses may reach <see cref="KeptShare"/>: those with it in the text or a heading
    /// are at most the two counts together.</summary>
    private static bool MayBeCommon(IndexReader reader, TextTermQuery term) =>
        reader.DocFreq(new Term(ClauseFields.Body, term.Text))
        + reader.DocFreq(new Term(ClauseFields.Heading, term.Text)) >= KeptShare * reader.NumDocs;

    /// <summary>The terms in at least <paramref name="minDocFreq"/> clauses' text or headings, in order.</summary>
    private static SortedSet<string> Common(IndexReader reader, int minDocFreq)
    {
        var common = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var field in new[] { ClauseFields.Body, ClauseFields.Heading })
        {
            if (MultiFields.GetTerms(reader, field) is not { } terms) continue;
            var each = terms.GetEnumerator();
            while (each.MoveNext())
                if (each.DocFreq >= minDocFreq) common.Add(each.Term.Utf8ToString());
        }
        return common;
    }

    /// <summary>
    /// The lists of the commit <paramref name="reader"/> is at; none when there are none for it (no file, or one of
    /// another commit). A damaged file throws an <see cref="IOException"/>: the index it belongs to is rebuilt.
    /// </summary>
    public static ChampionLists Read(Directory directory, DirectoryReader reader)
    {
        if (!directory.ListAll().Contains(FileName)) return None;
        var input = directory.OpenInput(FileName, IOContext.READ);
        try
        {
            // Checked first: a file cut short would have the checksum input seek backwards, which it cannot.
            if (input.Length < CodecUtil.HeaderLength(Codec) + sizeof(long) + CodecUtil.FooterLength())
                throw new CorruptIndexException($"champion lists cut short: {input.Length} bytes (resource: {input})");
            CodecUtil.ChecksumEntireFile(input);
            CodecUtil.CheckHeader(input, Codec, FormatVersion, FormatVersion);
            if (input.ReadInt64() != reader.IndexCommit.Generation)
            {
                input.Dispose();
                return None;
            }
            input.Seek(input.Length - CodecUtil.FooterLength() - sizeof(long));
            input.Seek(input.ReadInt64());
            var values = new string[input.ReadVInt32()];
            for (var i = 0; i < values.Length; i++) values[i] = input.ReadString();
            var count = input.ReadVInt32();
            var lists = new Dictionary<string, long>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++) lists[input.ReadString()] = input.ReadVInt64();
            var scored = new Dictionary<string, (long, int)>(StringComparer.Ordinal);
            for (var i = input.ReadVInt32(); i > 0; i--)
                scored[input.ReadString()] = (input.ReadVInt64(), input.ReadVInt32());
            return new ChampionLists(input, lists, scored, values);
        }
        catch
        {
            input.Dispose();
            throw;
        }
    }

    public void Dispose() => _input?.Dispose();

    /// <summary>Every clause a query finds, by its number in the whole index, with its score, if
    /// <paramref name="kept"/>.</summary>
    private sealed class EveryScore(bool kept) : ICollector
    {
        private Scorer? _scorer;
        private int _docBase;

        public List<(int Doc, float Score)> Hits { get; } = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc)
        {
            if (kept) Hits.Add((_docBase + doc, _scorer!.GetScore()));
        }
    }
}

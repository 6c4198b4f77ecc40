using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using StdKit.Search.Index;

namespace StdKit.Tests.Search;

/// <summary>A query kept evaluated in full scores, in every segment and inside other queries, as its postings
/// do.</summary>
public sealed class ScoredListQueryTests
{
    private const int Segments = 3, PerSegment = 400;

    private static Lucene.Net.Search.Query Term(string word, float boost = 1) =>
        new TermQuery(new Term("body", word)) { Boost = boost };

    /// <summary>A word with a synonym, as the query builder makes one: the better of the two counts.</summary>
    private static DisjunctionMaxQuery Word() => new(0.1f) { Term("a"), Term("b", 0.6f) };

    [Fact]
    public void A_kept_word_ranks_and_scores_as_its_postings_beside_other_words_and_under_a_filter()
    {
        using var directory = new RAMDirectory();
        Fill(directory);
        ChampionLists.Write(directory, _ => [Word()], minDocFreq: 1);
        using var reader = DirectoryReader.Open(directory);
        using var lists = ChampionLists.Read(directory, reader);
        var searcher = new IndexSearcher(reader) { Similarity = SearchIndex.Similarity };
        Assert.Equal(Segments, reader.Leaves.Count);
        var kept = lists.Scored(Word());
        Assert.IsType<ScoredListQuery>(kept);
        Assert.Equal(Word().ToString(), kept.ToString());
        Assert.Null(lists.Scored(Term("a")));

        // Walked beside the matches, and read as bits while scoring (the scorer skips what they leave out).
        var part = new TermQuery(new Term("part", "1"));
        foreach (var shape in Shapes())
            foreach (var filtered in new Filter?[] { null, new QueryWrapperFilter(part), new BitsFilter(part) })
            {
                var expected = All(searcher, shape(Word()), filtered);
                var actual = All(searcher, shape(kept!), filtered);
                Assert.True(expected.Length > 10, $"{shape(Word())} finds only {expected.Length}");
                Assert.Equal(expected.Select(d => d.Doc), actual.Select(d => d.Doc));
                Assert.All(expected.Zip(actual), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-5f));
            }
    }

    /// <summary>Alone; required beside a word (the conjunction jumps through the list); ranking the matches of
    /// another word; weighted in a query of its own weight.</summary>
    private static IEnumerable<Func<Lucene.Net.Search.Query, Lucene.Net.Search.Query>> Shapes() =>
    [
        word => word,
        word => new BooleanQuery { { word, Occur.MUST }, { Term("c"), Occur.MUST } },
        word => new BooleanQuery { { Term("d"), Occur.MUST }, { word, Occur.SHOULD } },
        word =>
        {
            var weighted = (Lucene.Net.Search.Query)word.Clone();
            weighted.Boost = 2;
            var weighing = new BooleanQuery { { weighted, Occur.SHOULD }, { Term("e"), Occur.SHOULD } };
            weighing.Boost = 3;
            return weighing;
        },
    ];

    private static ScoreDoc[] All(IndexSearcher searcher, Lucene.Net.Search.Query query, Filter? filter) =>
        searcher.Search(query, filter, searcher.IndexReader.MaxDoc).ScoreDocs;

    /// <summary>Clauses of one to seven letters a–g, a segment per commit; every third in part 1.</summary>
    internal static void Fill(Lucene.Net.Store.Directory directory)
    {
        var random = new Random(7);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            Similarity = SearchIndex.Similarity,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using var writer = new IndexWriter(directory, config);
        for (var segment = 0; segment < Segments; segment++)
        {
            for (var i = 0; i < PerSegment; i++)
                writer.AddDocument(new Document
                {
                    new TextField("body", string.Join(" ", Enumerable.Range(0, random.Next(1, 8))
                        .Select(_ => "abcdefg"[random.Next(7)])), Field.Store.NO),
                    new StringField("part", (i % 3).ToString(), Field.Store.NO),
                });
            writer.Commit();
        }
    }
}

/// <summary>A filter whose set is random access: the search hands it to the scorers as the documents they may
/// find.</summary>
internal sealed class BitsFilter(Lucene.Net.Search.Query query) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        var searcher = new IndexSearcher(context.AtomicReader);
        foreach (var hit in searcher.Search(query, Math.Max(1, context.AtomicReader.MaxDoc)).ScoreDocs)
            bits.Set(hit.Doc);
        return bits;
    }
}

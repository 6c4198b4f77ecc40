using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using StdKit.Search.Index;

namespace StdKit.Tests.Search;

/// <summary>A term's place in the dictionary is looked up once per reader, and a query that takes it from there finds
/// and scores what the plain query does.</summary>
public sealed class TermStatesTests
{
    [Fact]
    public void A_remembered_term_query_finds_and_scores_as_a_term_query_in_every_segment_and_as_a_filter()
    {
        using var directory = new RAMDirectory();
        ScoredListQueryTests.Fill(directory);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = SearchIndex.Similarity };
        Assert.True(reader.Leaves.Count > 1);
        Lucene.Net.Search.Query Query(Func<Term, TermQuery> term)
        {
            var weighted = term(new Term("body", "c"));
            weighted.Boost = 3;
            return new BooleanQuery
            {
                { term(new Term("body", "a")), Occur.MUST },
                { new TermQuery(new Term("body", "b")) { Boost = 2 }, Occur.SHOULD },
                { weighted, Occur.SHOULD },
            };
        }
        var part = new Term("part", "1");
        var filters = new (Filter?, Filter?)[]
        {
            (null, null),
            (new QueryWrapperFilter(new TermQuery(part)), new QueryWrapperFilter(new RememberedTermQuery(part))),
        };
        foreach (var (filter, remembered) in filters)
        {
            var expected = searcher.Search(Query(t => new TermQuery(t)), filter, reader.MaxDoc).ScoreDocs;
            var actual = searcher.Search(Query(t => new RememberedTermQuery(t)), remembered, reader.MaxDoc).ScoreDocs;
            Assert.True(expected.Length > 100);
            Assert.Equal(expected.Select(d => (d.Doc, d.Score)), actual.Select(d => (d.Doc, d.Score)));
        }
    }

    [Fact]
    public void A_state_is_looked_up_once_per_reader_and_again_for_a_reader_that_sees_more()
    {
        using var directory = new RAMDirectory();
        ScoredListQueryTests.Fill(directory);
        using var reader = DirectoryReader.Open(directory);
        var term = new Term("body", "a");
        var first = TermStates.Of(reader, term);
        Assert.Same(first, TermStates.Of(reader, new Term("body", "a")));
        Assert.Equal(reader.DocFreq(term), first.DocFreq);

        using (var writer = new IndexWriter(directory,
                   new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
            writer.AddDocument(new Document { new TextField("body", "a a", Field.Store.NO) });
        using var newer = DirectoryReader.OpenIfChanged(reader);
        Assert.NotNull(newer);
        Assert.Equal(first.DocFreq + 1, TermStates.Of(newer, term).DocFreq);
        Assert.Same(first, TermStates.Of(reader, term));
    }
}

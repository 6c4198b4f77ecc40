using Lucene.Net.Index;
using StdKit.Indexing;
using StdKit.Search;
using StdKit.Search.Index;
using StdKit.Search.Knowledge;
using StdKit.Search.Query;
using StdKit.Tests.Support;

namespace StdKit.Tests.Search;

/// <summary>Champion lists over the sample content, with a threshold low enough that common terms get one.</summary>
public sealed class ChampionListsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("stdkit-champions-").FullName;
    private readonly KnowledgeBaseLocation _database;

    public ChampionListsTests()
    {
        _database = KnowledgeBaseLocation.Parse(Path.Combine(_folder, "stdkit.db"));
        ContentIndexer.Index(Repository.Content, _database, new AgencySelection.Default(), _ => { });
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Current => new IndexFolder(_database.IndexFolder).Current!;

    /// <summary>How many terms the index's champion lists hold, as a search would read them.</summary>
    private int Listed()
    {
        using var directory = new Lucene.Net.Store.SimpleFSDirectory(Current);
        using var reader = DirectoryReader.Open(directory);
        using var lists = ChampionLists.Read(directory, reader);
        return lists.Count;
    }

    /// <summary>What each query answers: the total, the hits and the facets, and apart the hits' scores.</summary>
    private sealed record Answers(List<string> Hits, List<float> Scores)
    {
        /// <summary>The same hits and facets, the same scores but for the last bits: a score kept in a list and
        /// weighted by the query around it may differ in those from the one worked out inside it.</summary>
        public void AssertSame(Answers other)
        {
            Assert.Equal(Hits, other.Hits);
            Assert.Equal(Scores.Count, other.Scores.Count);
            Assert.All(Scores.Zip(other.Scores), p => Assert.Equal(p.First, p.Second, 1e-5f * p.First));
        }
    }

    private Answers Run(IEnumerable<string> queries, int top)
    {
        using var kb = _database.Open();
        using var index = SearchIndex.Open(kb, _ => { });
        var search = new ClauseSearch(kb, index);
        var results = queries.Select(q => search.Run(new SearchRequest(q, Top: top))).ToList();
        return new Answers(results.Select(r => $"{r.TotalHits}: "
                + string.Join(" ", r.Hits.Select(h => $"{h.Standard} {h.Clause}"))
                + " | " +
                string.Join(" ", new[] { r.Facets.Layers, r.Facets.Standards, r.Facets.Agencies, r.Facets.Provisions }
                    .Select(facet => string.Join(",", facet.Select(f => $"{f.Value}={f.Count}"))))).ToList(),
            results.SelectMany(r => r.Hits.Select(h => h.Score)).ToList());
    }

    [Fact]
    public void One_term_queries_answered_from_the_lists_rank_and_count_facets_exactly_as_full_evaluation()
    {
        var queries = "服务机构应建立质量管理体系并定期评价满意度".Select(c => c.ToString())
            .Concat(["服务", "机构", "管理", "质量", "要求", "企业"]).ToList();
        File.Delete(Path.Combine(Current, ChampionLists.FileName));
        Assert.Equal(0, Listed());
        var full = Run(queries, 10);
        var fullTop100 = Run(queries, ChampionLists.Length);

        using (var directory = new Lucene.Net.Store.SimpleFSDirectory(Current))
            ChampionLists.Write(directory, minDocFreq: 20);
        var listed = Listed();

        Assert.True(listed > 100, $"only {listed} terms listed");
        full.AssertSame(Run(queries, 10));
        fullTop100.AssertSame(Run(queries, ChampionLists.Length));
    }

    [Fact]
    public void Words_with_synonyms_and_document_numbers_answered_from_lists_rank_and_count_as_full_evaluation()
    {
        List<string> queries;
        SearchVocabulary vocabulary;
        using (var kb = _database.Open())
        {
            vocabulary = SearchVocabulary.Read(kb);
            // Each word alone, and beside other words: there its full evaluation is kept and scored from the list.
            queries = [.. vocabulary.WordsWithAlternatives, .. vocabulary.Documents.Numbers.Distinct(),
                .. vocabulary.WordsWithAlternatives.Select(w => $"{w}有什么要求")];
        }
        File.Delete(Path.Combine(Current, ChampionLists.FileName));
        var full = Run(queries, 10);
        using (var directory = new Lucene.Net.Store.SimpleFSDirectory(Current))
            ChampionLists.Write(directory, minDocFreq: 20);
        var termsOnly = Listed();

        using (var directory = new Lucene.Net.Store.SimpleFSDirectory(Current))
            ChampionLists.Write(directory, reader => CommonQueries.Of(vocabulary, reader), minDocFreq: 20);
        var listed = Listed() - termsOnly;
        using (var directory = new Lucene.Net.Store.SimpleFSDirectory(Current))
        using (var reader = DirectoryReader.Open(directory))
        using (var lists = ChampionLists.Read(directory, reader))
            Assert.True(lists.HasScored);

        Assert.True(listed >= 10, $"only {listed} of {queries.Count} queries listed");
        full.AssertSame(Run(queries, 10));
    }

    [Fact]
    public void Lists_of_another_commit_are_not_used_and_damaged_ones_are_reported()
    {
        using (var directory = new Lucene.Net.Store.SimpleFSDirectory(Current))
        {
            ChampionLists.Write(directory, minDocFreq: 20);
            Assert.True(Listed() > 0);
            var config = new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, ClauseFields.IndexAnalyzer);
            using (var writer = new IndexWriter(directory, config))
            {
                writer.DeleteDocuments(new Term(ClauseFields.StandardId, "1"));
                writer.Commit();
            }
            Assert.Equal(0, Listed());

            ChampionLists.Write(directory, minDocFreq: 20);
            var file = Path.Combine(Current, ChampionLists.FileName);
            var bytes = File.ReadAllBytes(file);
            bytes[bytes.Length / 2] ^= 0x5A;
            File.WriteAllBytes(file, bytes);
            // A damaged file is an IOException, as Lucene reports its own damaged files: the index is rebuilt.
            Assert.ThrowsAny<IOException>(() => Listed());
            File.WriteAllBytes(file, []);
            Assert.ThrowsAny<IOException>(() => Listed());
        }
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using StdKit.Search.Index;

namespace StdKit.Tests.Search;

/// <summary>Requirement clauses leaning from the arrays of the segment score as beside a query of the
/// provision.</summary>
public sealed class ProvisionLeanQueryTests(SampleKnowledgeBase sample) : IClassFixture<SampleKnowledgeBase>
{
    [Theory]
    [InlineData("服务")]
    [InlineData("投诉")]
    [InlineData("记录")]
    public void A_leaning_query_ranks_and_scores_as_one_with_a_constant_score_provision_clause(string word)
    {
        var words = new BooleanQuery { { new TextTermQuery(word), Occur.MUST } };
        var provision = new ConstantScoreQuery(new TermQuery(new Term(ClauseFields.Provision, "requirement")))
        {
            Boost = 2,
        };
        var beside = new BooleanQuery { { words, Occur.MUST }, { provision, Occur.SHOULD } };
        var leaning = new ProvisionLeanQuery(words, "requirement", 2);

        sample.Index.Search(searcher =>
        {
            var expected = searcher.Search(beside, 1000).ScoreDocs;
            var actual = searcher.Search(leaning, 1000).ScoreDocs;
            Assert.True(expected.Length > 20, $"{word} finds only {expected.Length}");
            Assert.Equal(expected.Select(d => d.Doc), actual.Select(d => d.Doc));
            Assert.All(expected.Zip(actual), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-5f));
            // Requirements first where the words weigh the same: the lean tells.
            Assert.Contains(actual, d => searcher.Explain(leaning, d.Doc).ToString().Contains("provision"));
            Assert.All(actual.Take(20), d => Assert.Equal(d.Score, searcher.Explain(leaning, d.Doc).Value, 1e-5f));
            return 0;
        });
    }
}

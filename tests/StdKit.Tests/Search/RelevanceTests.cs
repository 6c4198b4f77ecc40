using StdKit.Search;
using Xunit.Abstractions;

namespace StdKit.Tests.Search;

/// <summary>
/// Recall@10 and mean reciprocal rank over the labelled queries of <see cref="RelevanceSet"/>, printed per kind of query.
/// The floors are well below what the search measures; they fail when ranking or analysis breaks, not on small shifts.
/// </summary>
public sealed class RelevanceTests(SampleKnowledgeBase sample, ITestOutputHelper output) : IClassFixture<SampleKnowledgeBase>
{
    private const int Depth = 10;

    private static bool Answers(SearchHit hit, RelevantClause clause) => clause.Matches(hit.StandardTitle, hit.Text);

    [Fact]
    public void Every_label_names_a_clause_of_the_sample_content()
    {
        foreach (var clause in RelevanceSet.Queries.SelectMany(q => q.Relevant).Distinct())
        {
            var hits = sample.Search.Run(new SearchRequest($"\"{clause.Fragment.TrimStart('=')}\"", Top: ClauseSearch.MaxTop)).Hits;
            Assert.True(hits.Any(h => Answers(h, clause)), $"no clause of 《{clause.StandardTitle}》 contains '{clause.Fragment}': update the relevance set");
        }
    }

    [Fact]
    public void Recall_at_10_and_MRR_over_the_labelled_queries()
    {
        Assert.True(RelevanceSet.Queries.Count >= 40);
        var scores = RelevanceSet.Queries.Select(q =>
        {
            var hits = sample.Search.Run(new SearchRequest(q.Query, Top: Depth)).Hits;
            var found = q.Relevant.Count(r => hits.Any(h => Answers(h, r)));
            var rank = hits.ToList().FindIndex(h => q.Relevant.Any(r => Answers(h, r)));
            return (q.Kind, q.Query, Recall: (double)found / q.Relevant.Count, Reciprocal: rank < 0 ? 0 : 1.0 / (rank + 1));
        }).ToList();

        foreach (var kind in scores.GroupBy(s => s.Kind))
            output.WriteLine($"{kind.Key,-18} {kind.Count(),3} queries  recall@{Depth} {kind.Average(s => s.Recall):F3}  MRR {kind.Average(s => s.Reciprocal):F3}");
        foreach (var miss in scores.Where(s => s.Recall < 1 || s.Reciprocal < 1))
            output.WriteLine($"  {miss.Query}: recall {miss.Recall:F2}, reciprocal rank {miss.Reciprocal:F2}");
        var recall = scores.Average(s => s.Recall);
        var mrr = scores.Average(s => s.Reciprocal);
        output.WriteLine($"all {scores.Count} queries: recall@{Depth} {recall:F3}, MRR {mrr:F3}");

        Assert.True(recall >= 0.9, $"recall@{Depth} fell to {recall:F3}");
        Assert.True(mrr >= 0.8, $"MRR fell to {mrr:F3}");
    }
}

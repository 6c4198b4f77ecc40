using StdKit.Search;
using StdKit.Search.Records;
using Xunit.Abstractions;

namespace StdKit.Tests.Search;

/// <summary>
/// Recall@10 and mean reciprocal rank over the labelled queries of <see cref="RelevanceSet"/>, printed per kind of query.
/// The floors are what the search measures (0.966 and 0.937, every kind at least 0.9); they fail when ranking or
/// analysis gets worse.
/// </summary>
public sealed class RelevanceTests(SampleKnowledgeBase sample, ITestOutputHelper output) : IClassFixture<SampleKnowledgeBase>
{
    private const int Depth = 10;

    /// <summary>A hit answers a label when the reader sees the clause: as its text, or beside it — the items under a
    /// lead-in and the lead-in above an item are shown with the hit.</summary>
    private static bool Answers(SearchHit hit, RelevantClause clause) => clause.Matches(hit.StandardTitle, hit.Text)
        || hit.Kind != ClauseKind.TableRow && hit.Context is { } context && context.Split('\n')
            .Any(line => clause.Matches(hit.StandardTitle, line.Contains(' ') && hit.Kind == ClauseKind.Paragraph ? line[(line.IndexOf(' ') + 1)..] : line));

    [Fact]
    public void Every_label_names_a_clause_of_the_sample_content()
    {
        var missing = RelevanceSet.Queries.SelectMany(q => q.Relevant).Distinct().Where(clause =>
        {
            var request = new SearchRequest($"\"{clause.Fragment.TrimStart('=')}\"", Top: ClauseSearch.MaxTop);
            return !sample.Search.Run(request).Hits.Any(h => clause.Matches(h.StandardTitle, h.Text));
        }).Select(c => $"《{c.StandardTitle}》 '{c.Fragment}'").ToList();
        Assert.True(missing.Count == 0, $"no clause contains these: update the relevance set: {string.Join("; ", missing)}");
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

        Assert.True(recall >= 0.965, $"recall@{Depth} fell to {recall:F3}");
        Assert.True(mrr >= 0.935, $"MRR fell to {mrr:F3}");
        var weak = scores.GroupBy(s => s.Kind).Where(k => k.Average(s => s.Recall) < 0.9).Select(k => k.Key).ToList();
        Assert.True(weak.Count == 0, $"recall@{Depth} below 0.9 in: {string.Join(", ", weak)}");
    }
}

using StdKit.Search;

namespace StdKit.Tests.Search;

/// <summary>A clause that stands in several agencies' systems is one hit with the others beside it, unless one system
/// is asked for; the count and the facets agree with that.</summary>
public sealed class CopiesTests(SampleKnowledgeBase sample) : IClassFixture<SampleKnowledgeBase>
{
    [Fact]
    public void A_clause_held_by_several_systems_is_shown_once_with_the_others_and_one_systems_copies_on_request()
    {
        var all = sample.Search.Run(new SearchRequest("走访记录", Top: 50));
        var shared = all.Hits.First(h => h.AlsoIn is { Count: > 0 });
        Assert.DoesNotContain(shared.Standard, shared.AlsoIn!);
        Assert.DoesNotContain(all.Hits,
            h => shared.AlsoIn!.Contains(h.Standard) && h.Clause == shared.Clause && h.Text == shared.Text);
        // Every copy counts in the facets; the total counts each clause once.
        Assert.True(all.Facets.Standards.Sum(s => s.Count) > all.TotalHits);

        var one = sample.Search.Run(new SearchRequest("走访记录", Agency: shared.Agency, Top: 50));
        Assert.All(one.Hits, h => Assert.True(h.AlsoIn is null or { Count: 0 }));
        Assert.All(one.Hits, h => Assert.Equal(shared.Agency, h.Agency));
        Assert.Equal(one.TotalHits, one.Facets.Agencies.Single().Count);
    }
}

using StdKit.Search.Index;

namespace StdKit.Tests.Search;

public sealed class FacetCounterTests
{
    [Theory]
    [InlineData(201)]
    [InlineData(5_000)]
    public void The_standards_with_the_most_hits_are_those_a_full_sort_keeps_ties_by_number(int standards)
    {
        // Few distinct counts, so that many standards tie at the last place kept.
        var random = new Random(standards);
        var counts = Enumerable.Range(0, standards).OrderBy(_ => random.Next())
            .ToDictionary(i => $"T/BENCH {i:D6}—2025", _ => random.Next(1, 6));
        var sorted = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(FacetCounter.MaxStandards).ToList();

        var most = FacetCounter.Most(counts);

        Assert.Equal(sorted, most.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(FacetCounter.MaxStandards, most.Count);
    }
}
